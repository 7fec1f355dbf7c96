import { AppError } from "@/lib/server/errors";
import type { Db } from "@/lib/server/auth/database";
import { hashPassword } from "@/lib/server/auth/password";
import { findPasswordProblem } from "@/lib/server/auth/password-policy";
import { waitPhrase } from "@/lib/server/auth/throttle-policy";
import { changePasswordSchema } from "@/lib/validation/auth";
import { parseInput } from "@/lib/server/services/learn/attempt-records";
import { DEMO_ACCOUNT_MESSAGE } from "./ensure-demo-accounts";
import { verifyCredentials } from "./verify-credentials";

/**
 * Gives the signed-in account a new password, after checking its current one
 * through `verifyCredentials`, so a wrong guess counts against the same
 * per-account and per-IP limits as a sign-in: a stolen session cannot be used
 * to guess the password. The new password follows the sign-up rules. It bumps
 * the account's tokenVersion and revokes every session in one transaction, so
 * every device is signed out; the caller starts a new session for this one.
 * Demo accounts are refused: the sign-in page shows their password to all.
 *
 * @returns the account's id and new tokenVersion, for the caller's new session
 * @throws AppError 400 with the field for invalid input or a wrong current
 *   password, 403 for a demo account, 404 when the account is gone, 429 while
 *   the account or the address is locked
 *
 * @example
 * const account = await changePassword(getDb(), user, { currentPassword, newPassword, confirmPassword }, { ip });
 * await startSession(account);
 */
export async function changePassword(
  db: Db,
  account: { id: string },
  input: unknown,
  context: { ip: string; now?: Date },
): Promise<{ id: string; tokenVersion: number }> {
  const now = context.now ?? new Date();
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);

  const user = await db.user.findUnique({ where: { id: account.id }, select: { email: true, isDemo: true } });
  if (!user) throw new AppError("Your account no longer exists.", { status: 404 });
  if (user.isDemo) throw new AppError(DEMO_ACCOUNT_MESSAGE, { status: 403 });
  // Before the current password is checked, so a weak choice costs no attempt against the limits.
  const problem = findPasswordProblem(newPassword, { email: user.email });
  if (problem) throw new AppError(problem, { status: 400, field: "newPassword" });

  const check = await verifyCredentials(db, { email: user.email, password: currentPassword, ip: context.ip }, now);
  if (!check.ok && check.reason === "throttled") {
    throw new AppError(`Too many wrong passwords. Try again in ${waitPhrase(check.retryAfterSeconds)}.`, {
      status: 429,
      field: "currentPassword",
      retryAfterSeconds: check.retryAfterSeconds,
    });
  }
  if (!check.ok) throw new AppError("That is not your current password.", { status: 400, field: "currentPassword" });

  const [updated] = await db.$transaction(newPasswordWrites(db, account.id, await hashPassword(newPassword), now));
  return updated;
}

/**
 * The writes that give an account a new password and end all its sessions (tokenVersion bumped,
 * every session row revoked), for the caller's transaction: a change by its owner, a reset by an admin.
 */
export function newPasswordWrites(db: Db, userId: string, passwordHash: string, now: Date) {
  const user = db.user.update({ where: { id: userId }, data: { passwordHash, tokenVersion: { increment: 1 } }, select: { id: true, tokenVersion: true } });
  const sessions = db.authSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return [user, sessions] as [typeof user, typeof sessions];
}
