/**
 * Account administration from the command line (the only way to make an admin).
 *
 *   npm run admin -- set-role <email> <student|teacher|admin>
 *
 * Uses the same database as the app (DATABASE_URL, or the SQLite default).
 * Changing a role signs the person out everywhere (tokenVersion is bumped).
 */
import { getDb } from "@/lib/server/db";
import { isRole, ROLES } from "@/lib/server/auth/roles";
import { isAppError } from "@/lib/server/errors";
import { setUserRole } from "@/lib/server/services/users/set-user-role";

const USAGE = `Usage:
  npm run admin -- set-role <email> <${ROLES.join("|")}>`;

async function main(args: string[]): Promise<number> {
  const [command, email, role] = args;
  if (command !== "set-role" || !email || !role || args.length !== 3) {
    console.error(USAGE);
    return 2;
  }
  if (!isRole(role)) {
    console.error(`Unknown role "${role}". Choose one of: ${ROLES.join(", ")}.`);
    return 2;
  }
  const db = getDb();
  try {
    const user = await setUserRole(db, email, role);
    console.log(`${user.email} is now ${user.role}. Their existing sessions have ended.`);
    return 0;
  } catch (error) {
    if (isAppError(error)) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await db.$disconnect();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
