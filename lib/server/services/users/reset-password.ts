import { AppError } from "@/lib/server/errors";
import { normaliseEmail } from "@/lib/validation/auth";
import type { Db } from "@/lib/server/auth/database";
import { emailThrottleKey } from "@/lib/server/auth/login-throttle";
import { hashPassword, randomPassword } from "@/lib/server/auth/password";
import { newPasswordWrites } from "./change-password";
import { DEMO_ACCOUNT_MESSAGE } from "./ensure-demo-accounts";
import { noAccountWithEmail } from "./no-account";

/**
 * Gives the account with `email` a fresh random password, for someone who
 * has forgotten theirs: the app sends no email, so the person who runs it
 * does this from the admin CLI and hands the password over. As a password
 * change does, it bumps the tokenVersion and revokes every session in one
 * transaction, so whoever held a session is signed out. It also clears the
 * account's sign-in lock, which a forgotten password has often run into, so
 * the new password works at once; the client address's own limit stays.
 * Demo accounts are refused: the sign-in page shows their password to all.
 *
 * @returns the normalised email and the new password, shown once
 * @throws AppError 404 when no account has that email, 403 for a demo account
 *
 * @example
 * const { password } = await resetPassword(getDb(), "amina@example.com");
 */
export async function resetPassword(db: Db, email: string, now = new Date()): Promise<{ email: string; password: string }> {
  const normalised = normaliseEmail(email);
  const user = await db.user.findUnique({ where: { email: normalised }, select: { id: true, isDemo: true } });
  if (!user) throw noAccountWithEmail(normalised);
  if (user.isDemo) throw new AppError(DEMO_ACCOUNT_MESSAGE, { status: 403 });

  const password = randomPassword();
  await db.$transaction([
    ...newPasswordWrites(db, user.id, await hashPassword(password), now),
    db.loginThrottle.deleteMany({ where: { key: emailThrottleKey(normalised) } }),
  ]);
  return { email: normalised, password };
}
