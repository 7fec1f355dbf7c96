import { AppError } from "@/lib/server/errors";
import { isUniqueViolation, type Db } from "@/lib/server/auth/database";
import { hashPassword } from "@/lib/server/auth/password";
import { findPasswordProblem } from "@/lib/server/auth/password-policy";
import type { Role } from "@/lib/server/auth/roles";

/** A new account's details, already parsed by `signUpSchema` (email lower-cased, name trimmed). */
export type NewUser = { email: string; name: string; password: string; role: Role; isDemo?: boolean };

/** What callers get back: never the password hash. */
export type CreatedUser = { id: string; email: string; name: string; role: Role; tokenVersion: number };

/** The sign-up message for a taken email (telling the truth here is a deliberate trade-off; see the auth notes). */
export const EMAIL_TAKEN_MESSAGE = "An account with this email already exists. Sign in instead.";

/**
 * Creates an account with an argon2id password hash. Refuses common passwords
 * and taken emails with an AppError tied to the field, before anything is
 * written.
 *
 * @throws AppError 400 (field "password") or 409 (field "email")
 */
export async function createUser(db: Db, input: NewUser): Promise<CreatedUser> {
  const passwordProblem = findPasswordProblem(input.password, { email: input.email });
  if (passwordProblem) throw new AppError(passwordProblem, { status: 400, field: "password" });

  // Checked first so the common case answers without spending a hash; the
  // unique index below still settles races between two sign-ups.
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError(EMAIL_TAKEN_MESSAGE, { status: 409, field: "email" });

  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { email: input.email, name: input.name, passwordHash, role: input.role, isDemo: input.isDemo ?? false },
      select: { id: true, email: true, name: true, tokenVersion: true },
    });
    return { ...user, role: input.role };
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError(EMAIL_TAKEN_MESSAGE, { status: 409, field: "email" });
    throw error;
  }
}
