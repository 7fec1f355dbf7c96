import { databaseProvider, describeDatabase } from "./database-url";

/** Start-up could not use the database; `message` is a one-paragraph explanation for the operator. */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// What to check for each driver error that means "cannot reach or open the database".
const POSTGRES_HINTS: Record<string, string> = {
  ECONNREFUSED: "nothing is listening there: is PostgreSQL running (e.g. `bash scripts/ensure-postgres.sh`), and are the host and port in DATABASE_URL right?",
  ENOTFOUND: "the host name does not resolve: check the host in DATABASE_URL.",
  EAI_AGAIN: "the host name could not be resolved (DNS): check the host in DATABASE_URL and the network.",
  ETIMEDOUT: "the connection timed out: check the host, the port, and any firewall in between.",
  EHOSTUNREACH: "the host is unreachable: check the host in DATABASE_URL and the network.",
  "28P01": "the password was refused: check the user and password in DATABASE_URL.",
  "28000": "the server refused this user (no such role, or pg_hba.conf does not allow it): check the user in DATABASE_URL and the server's pg_hba.conf.",
  "3D000": "the database does not exist: create it (`createdb`) or fix the database name in DATABASE_URL.",
};

const SQLITE_HINTS: Record<string, string> = {
  SQLITE_CANTOPEN: "the file cannot be opened: check that its folder exists and is writable by this process, or set DATABASE_URL to another file:… path.",
  SQLITE_READONLY: "the file is read-only: check its permissions and those of its folder (SQLite also writes -wal and -shm files beside it).",
  SQLITE_NOTADB: "the file is not a SQLite database: point DATABASE_URL at another file, or move this one away.",
  SQLITE_CORRUPT: "the file is damaged: restore it from a backup.",
  EACCES: "permission denied: check that the folder is writable by this process.",
  EROFS: "the file system is read-only: point DATABASE_URL at a writable location.",
};

/**
 * Turns a driver error met while connecting into a DatabaseUnavailableError
 * whose message names the database (host/port or file, never a password) and
 * what to check. Returns null for errors that are not about reaching the database.
 */
export function explainConnectionError(error: unknown, url: string | undefined): DatabaseUnavailableError | null {
  const code = errorCode(error);
  const message = errorMessage(error);
  const isPostgres = databaseProvider(url) === "postgresql";
  let hint = code ? (isPostgres ? POSTGRES_HINTS : SQLITE_HINTS)[code] : undefined;
  // pg reports its own connect timeout without a code.
  if (!hint && isPostgres && /timeout|terminated unexpectedly/i.test(message)) hint = POSTGRES_HINTS.ETIMEDOUT;
  if (!hint) return null;
  return new DatabaseUnavailableError(
    `Groundwork cannot use its database, ${describeDatabase(url)}: ${hint} ` +
      `(driver said: ${message.trim()}${code ? `, code ${code}` : ""}). ` +
      "The database is chosen by DATABASE_URL: unset means the SQLite file .data/groundwork.db; file:… is SQLite; postgresql://… is PostgreSQL.",
    { cause: error },
  );
}
