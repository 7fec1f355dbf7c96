/**
 * The admin CLI's commands, apart from the process around them so tests can
 * run them on a test database (scripts/admin.ts is the entry point).
 */
import { countLabel } from "@/lib/format/count-label";
import type { Db } from "@/lib/server/db";
import { isRole, ROLES } from "@/lib/server/auth/roles";
import { isAppError } from "@/lib/server/errors";
import { recomputeMemory } from "@/lib/server/services/review/recompute-memory";
import { resetPassword } from "@/lib/server/services/users/reset-password";
import { noAccountWithEmail } from "@/lib/server/services/users/no-account";
import { setUserRole } from "@/lib/server/services/users/set-user-role";
import { normaliseEmail } from "@/lib/validation/auth";

export const USAGE = `Usage:
  npm run admin -- set-role <email> <${ROLES.join("|")}>
  npm run admin -- reset-password <email>
  npm run admin -- recompute-memory <email|--all>`;

export interface AdminIo {
  db: Db;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** Runs one admin command; returns the process exit code (0 done, 1 refused, 2 misused). */
export async function runAdmin(args: readonly string[], io: AdminIo): Promise<number> {
  try {
    return await dispatch(args, io);
  } catch (error) {
    if (!isAppError(error)) throw error;
    io.err(error.message);
    return 1;
  }
}

async function dispatch(args: readonly string[], { db, out, err }: AdminIo): Promise<number> {
  const [command, target, role] = args;
  if (command === "set-role" && target && role && args.length === 3) {
    if (!isRole(role)) {
      err(`Unknown role "${role}". Choose one of: ${ROLES.join(", ")}.`);
      return 2;
    }
    const user = await setUserRole(db, target, role);
    out(`${user.email} is now ${user.role}. Their existing sessions have ended.`);
    return 0;
  }
  if (command === "reset-password" && target && args.length === 2) {
    const { email, password } = await resetPassword(db, target);
    out(`New password for ${email}: ${password}`);
    out("Their sessions have ended. Hand it over privately; they can choose their own on Your account.");
    return 0;
  }
  if (command === "recompute-memory" && target && args.length === 2) {
    return recompute(db, target, out);
  }
  err(USAGE);
  return 2;
}

/** Rebuilds spaced-repetition memory from the stored reviews, for one account or all (after a scheduler change or a repair). */
async function recompute(db: Db, target: string, out: AdminIo["out"]): Promise<number> {
  const email = normaliseEmail(target);
  const users = await db.user.findMany({
    where: target === "--all" ? {} : { email },
    select: { id: true, email: true },
    orderBy: { email: "asc" },
  });
  if (users.length === 0 && target !== "--all") throw noAccountWithEmail(email);
  for (const user of users) {
    const { facts, reviews } = await recomputeMemory(user.id, { db });
    out(`${user.email}: ${countLabel(facts, "fact")} rebuilt from ${countLabel(reviews, "review")}`);
  }
  return 0;
}
