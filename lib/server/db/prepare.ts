/**
 * Start-up check of the database: reachable, and migrated. Run by
 * scripts/prepare.ts before the app starts (`npm start`).
 */
import { explainConnectionError, DatabaseUnavailableError } from "./connection-errors";
import { describeDatabase } from "./database-url";
import { migrateDatabase, migrationStatus, type MigrateOptions } from "./migrations/run-migrations";
import type { DatabaseProvider } from "./schema-files";

export { DatabaseUnavailableError } from "./connection-errors";

/** The database is behind the code and GROUNDWORK_MIGRATE=off forbids migrating it here. */
export class DatabaseBehindError extends Error {
  override name = "DatabaseBehindError";
}

export interface PrepareOptions extends MigrateOptions {
  /** Defaults to process.env.DATABASE_URL. */
  url?: string;
  /** Defaults to process.env (reads GROUNDWORK_MIGRATE). */
  env?: Record<string, string | undefined>;
}

export interface PrepareResult {
  provider: DatabaseProvider;
  /** Migrations applied by this call (none when the database was current or migrating is off). */
  appliedNow: string[];
  durationMs: number;
}

/**
 * Applies pending migrations to the app's database, or, with
 * GROUNDWORK_MIGRATE=off (when a deploy step migrates separately), only checks
 * that none are pending.
 * @throws DatabaseUnavailableError when the database cannot be reached or opened;
 *   DatabaseBehindError when migrating is off and migrations are pending;
 *   MigrationHistoryError when applied migrations do not match the files.
 */
export async function prepareDatabase(options: PrepareOptions = {}): Promise<PrepareResult> {
  const env = options.env ?? process.env;
  const url = "url" in options ? options.url : env.DATABASE_URL;
  const started = performance.now();
  try {
    if (env.GROUNDWORK_MIGRATE === "off") {
      const status = await migrationStatus(url, options);
      if (status.pending.length > 0) {
        throw new DatabaseBehindError(
          `The database (${describeDatabase(url)}) is behind this version of Groundwork: ${status.pending.length} migration(s) pending ` +
            `(${status.pending.join(", ")}). GROUNDWORK_MIGRATE=off stops the app from migrating at start-up, so apply them first ` +
            "with `npm run db:migrate` (same DATABASE_URL), or unset GROUNDWORK_MIGRATE to let start-up apply them.",
        );
      }
      return { provider: status.provider, appliedNow: [], durationMs: Math.round(performance.now() - started) };
    }
    const result = await migrateDatabase(url, options);
    return { provider: result.provider, appliedNow: result.appliedNow, durationMs: result.durationMs };
  } catch (error) {
    if (error instanceof DatabaseBehindError || error instanceof DatabaseUnavailableError) throw error;
    throw explainConnectionError(error, url) ?? error;
  }
}
