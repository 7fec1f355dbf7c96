/**
 * Account administration from the command line (the only way to make an
 * admin, and the way back in for someone who forgot their password, since the
 * app sends no email):
 *
 *   npm run admin -- set-role <email> <student|teacher|admin>
 *   npm run admin -- reset-password <email>
 *   npm run admin -- recompute-memory <email|--all>
 *
 * Uses the same database as the app (DATABASE_URL, or the SQLite default).
 * A role change or a reset signs the person out everywhere (tokenVersion is bumped).
 */
import { getDb } from "@/lib/server/db";
import { migrationStatus } from "@/lib/server/db/migrations/run-migrations";
import { runAdmin } from "./admin/commands";

async function main(args: string[]): Promise<number> {
  // A database the app has never started on has no tables: say so, rather than print Prisma's error.
  const { pending } = args.length > 0 ? await migrationStatus(process.env.DATABASE_URL) : { pending: [] };
  if (pending.length > 0) {
    console.error(`The database is not ready (${pending.length} migrations to apply): run \`npm run db:prepare\`, or start the app once, first.`);
    return 1;
  }
  const db = getDb();
  try {
    return await runAdmin(args, { db, out: (line) => console.log(line), err: (line) => console.error(line) });
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
