import { normaliseEmail } from "@/lib/validation/auth";
import type { Db } from "@/lib/server/auth/database";
import type { Role } from "@/lib/server/auth/roles";
import { noAccountWithEmail } from "./no-account";

/**
 * Gives the account with `email` a new role and bumps its tokenVersion, which
 * ends all its sessions: the person signs in again and sees the new role.
 * Used by the admin CLI (the only way to grant "admin").
 *
 * @throws AppError 404 when no account has that email
 */
export async function setUserRole(db: Db, email: string, role: Role): Promise<{ id: string; email: string; role: Role; tokenVersion: number }> {
  const normalised = normaliseEmail(email);
  const result = await db.user.updateMany({
    where: { email: normalised },
    data: { role, tokenVersion: { increment: 1 } },
  });
  if (result.count === 0) throw noAccountWithEmail(normalised);
  const user = await db.user.findUniqueOrThrow({ where: { email: normalised }, select: { id: true, email: true, tokenVersion: true } });
  return { ...user, role };
}
