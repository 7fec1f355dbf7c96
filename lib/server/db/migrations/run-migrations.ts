/**
 * The one migration runner for SQLite and PostgreSQL. Prisma writes the SQL
 * (`npm run db:new`); umzug orders and applies it, recording each migration
 * with its checksum in `_groundwork_migrations` in the same transaction as
 * the migration itself.
 */
import { Umzug } from "umzug";
import { databaseProvider, sqliteFilePath } from "@/lib/server/db/database-url";
import type { DatabaseProvider } from "@/lib/server/db/schema-files";
import { openLedger, type AppliedMigration, type MigrationLedger } from "./ledger";
import { readMigrationFiles, type MigrationFile } from "./migration-files";

/** The history in the database does not match the migration files: never applied over. */
export class MigrationHistoryError extends Error {
  override name = "MigrationHistoryError";
}

export interface MigrationStatus {
  provider: DatabaseProvider;
  applied: string[];
  pending: string[];
}

export interface MigrateOptions {
  /** Where to read migration folders from (tests); defaults to prisma/<provider>/migrations. */
  migrationsDir?: string;
  log?: (line: string) => void;
  now?: () => Date;
}

export interface MigrateResult extends MigrationStatus {
  /** The migrations this run applied, in order. */
  appliedNow: string[];
  durationMs: number;
}

/**
 * Throws when an applied migration's file changed (checksum) or is missing
 * (the database was migrated by newer code): both mean the schema in the
 * database is not what the files describe.
 */
export function verifyMigrationHistory(applied: AppliedMigration[], files: MigrationFile[]): void {
  const filesByName = new Map(files.map((file) => [file.name, file]));
  const changed = applied.filter((row) => filesByName.has(row.name) && filesByName.get(row.name)!.checksum !== row.checksum);
  if (changed.length > 0) {
    throw new MigrationHistoryError(
      `Applied migration(s) changed since they ran: ${changed.map((row) => row.name).join(", ")}. ` +
        "Never edit an applied migration: restore its migration.sql and add a new migration (`npm run db:new -- <name>`) for the change.",
    );
  }
  const unknown = applied.filter((row) => !filesByName.has(row.name));
  if (unknown.length > 0) {
    throw new MigrationHistoryError(
      `The database has migration(s) this code does not know: ${unknown.map((row) => row.name).join(", ")}. ` +
        "It was migrated by a newer version of Groundwork: run that version, or restore the database from a backup.",
    );
  }
}

function ledgerTarget(url: string | undefined): { provider: DatabaseProvider; target: string } {
  const provider = databaseProvider(url);
  return { provider, target: provider === "sqlite" ? sqliteFilePath(url) : url! };
}

async function withLedger<T>(url: string | undefined, work: (ledger: MigrationLedger) => Promise<T>): Promise<T> {
  const { provider, target } = ledgerTarget(url);
  const ledger = await openLedger(provider, target);
  try {
    return await work(ledger);
  } finally {
    await ledger.close();
  }
}

/**
 * Applied and pending migrations of the database at `url`, without changing
 * anything.
 * @throws MigrationHistoryError when the history does not match the files;
 *   the driver's error when the database cannot be reached.
 */
export async function migrationStatus(url: string | undefined, options: Pick<MigrateOptions, "migrationsDir"> = {}): Promise<MigrationStatus> {
  return withLedger(url, async (ledger) => {
    const files = readMigrationFiles(ledger.provider, options.migrationsDir);
    const applied = await ledger.appliedMigrations();
    verifyMigrationHistory(applied, files);
    const appliedNames = new Set(applied.map((row) => row.name));
    return {
      provider: ledger.provider,
      applied: applied.map((row) => row.name),
      pending: files.filter((file) => !appliedNames.has(file.name)).map((file) => file.name),
    };
  });
}

/**
 * Applies every pending migration to the database at `url`, each in its own
 * transaction, holding a lock so concurrent starts do not race. A second run
 * is a no-op.
 * @throws MigrationHistoryError (nothing is applied); the failing migration's
 *   database error (that migration is rolled back; earlier ones stay).
 */
export async function migrateDatabase(url: string | undefined, options: MigrateOptions = {}): Promise<MigrateResult> {
  const started = performance.now();
  const now = options.now ?? (() => new Date());
  return withLedger(url, (ledger) =>
    ledger.withLock(async () => {
      const files = readMigrationFiles(ledger.provider, options.migrationsDir);
      verifyMigrationHistory(await ledger.appliedMigrations(), files);

      const appliedNow: string[] = [];
      const umzug = new Umzug<MigrationLedger>({
        context: ledger,
        logger: undefined,
        migrations: files.map((file) => ({
          name: file.name,
          up: async ({ context }) => {
            const isApplied = await context.applyMigration(file, now());
            if (isApplied) {
              appliedNow.push(file.name);
              options.log?.(`applied ${file.name}`);
            }
          },
        })),
        storage: {
          executed: async ({ context }) => (await context.appliedMigrations()).map((row) => row.name),
          // applyMigration records the migration inside its own transaction,
          // so the ledger can never disagree with the schema after a crash.
          logMigration: async () => undefined,
          unlogMigration: async () => {
            throw new MigrationHistoryError("Groundwork migrations are forward-only: add a new migration instead of reverting one.");
          },
        },
      });
      await umzug.up();
      const applied = (await ledger.appliedMigrations()).map((row) => row.name);
      return {
        provider: ledger.provider,
        applied,
        pending: files.map((file) => file.name).filter((name) => !applied.includes(name)),
        appliedNow,
        durationMs: Math.round(performance.now() - started),
      };
    }),
  );
}
