/**
 * `npm run db:migrate`: applies pending migrations to the database named by
 * DATABASE_URL (unset: .data/groundwork.db). `-- --status` only lists them.
 */
import { describeDatabase } from "@/lib/server/db/database-url";
import { explainConnectionError } from "@/lib/server/db/connection-errors";
import { migrateDatabase, migrationStatus } from "@/lib/server/db/migrations/run-migrations";

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  console.log(`Database: ${describeDatabase(url)}`);
  if (process.argv.includes("--status")) {
    const status = await migrationStatus(url);
    console.log(`${status.applied.length} applied, ${status.pending.length} pending${status.pending.length ? `: ${status.pending.join(", ")}` : ""}`);
    return;
  }
  const result = await migrateDatabase(url, { log: (line) => console.log(`  ${line}`) });
  console.log(
    result.appliedNow.length > 0
      ? `Applied ${result.appliedNow.length} migration(s) in ${result.durationMs} ms.`
      : `Up to date (${result.applied.length} migration(s) applied).`,
  );
}

main().catch((error: unknown) => {
  const explained = explainConnectionError(error, process.env.DATABASE_URL);
  console.error(explained?.message ?? (error instanceof Error ? error.message : error));
  process.exit(1);
});
