/**
 * Counts the statements the database drivers execute in this process (pg's
 * Client.query; better-sqlite3's run/all/get/iterate), whoever sends them:
 * the Prisma adapters and lib/server/db/hot-sql.ts alike. A figure that
 * machine noise cannot move, next to the timings that it does.
 */
import BetterSqlite3 from "better-sqlite3";
import pg from "pg";

export interface StatementCounter {
  count(): number;
  stop(): void;
}

export function countDriverStatements(): StatementCounter {
  let count = 0;
  const probe = new BetterSqlite3(":memory:");
  const statement = Object.getPrototypeOf(probe.prepare("SELECT 1")) as Record<string, (...args: unknown[]) => unknown>;
  probe.close();
  const targets: [Record<string, (...args: unknown[]) => unknown>, string][] = [
    [pg.Client.prototype as unknown as Record<string, (...args: unknown[]) => unknown>, "query"],
    ...["run", "all", "get", "iterate"].map((method) => [statement, method] as [typeof statement, string]),
  ];
  const originals = targets.map(([owner, method]) => owner[method]!);
  targets.forEach(([owner, method], i) => {
    const original = originals[i]!;
    owner[method] = function (this: unknown, ...args: unknown[]) {
      count++;
      return original.apply(this, args);
    };
  });
  return {
    count: () => count,
    stop: () => targets.forEach(([owner, method], i) => (owner[method] = originals[i]!)),
  };
}
