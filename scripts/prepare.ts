/**
 * Run before the app starts (`npm start` → scripts/start.sh, or
 * `npm run db:prepare`): migrate the database, sync the content packs, create
 * the demo accounts when in demo mode. Prints what each step took; exits 1
 * with the step's explanation when one fails.
 *
 * The app's server modules import "server-only", which only resolves outside
 * Next under the "react-server" export condition: without it this script
 * re-runs itself with `--conditions=react-server`, so a plain
 * `npx tsx scripts/prepare.ts` works too. For that reason everything below is
 * imported dynamically.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const CONDITION_FLAG = "--conditions=react-server";

function hasServerCondition(): boolean {
  const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS?.split(/\s+/) ?? [])];
  return flags.some((flag, index) => flag === CONDITION_FLAG || (flag === "--conditions" && flags[index + 1] === "react-server") || flag === "-C=react-server");
}

async function timed<T>(label: string, work: () => Promise<T>, describe: (result: T) => string): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`  ${label.padEnd(9)} ${describe(result)} (${Math.round(performance.now() - started)} ms)`);
  return result;
}

async function main(): Promise<void> {
  const { prepareDatabase } = await import("@/lib/server/db/prepare");
  const { describeDatabase } = await import("@/lib/server/db/database-url");
  const { getDb } = await import("@/lib/server/db");
  const { syncAllPacks } = await import("@/lib/server/services/content/sync-all-packs");

  const started = performance.now();
  console.log(`Preparing ${describeDatabase()}`);
  await timed("database", () => prepareDatabase(), (result) =>
    result.appliedNow.length > 0 ? `applied ${result.appliedNow.length} migration(s): ${result.appliedNow.join(", ")}` : "up to date",
  );
  const db = getDb();
  try {
    await timed("content", () => syncAllPacks(db), (results) =>
      results
        .map((pack) =>
          pack.isNoop
            ? `${pack.packId} unchanged`
            : `${pack.packId}: facts +${pack.created} ~${pack.updated} -${pack.retired} =${pack.unchanged}, modules +${pack.modules.created} ~${pack.modules.updated} -${pack.modules.retired}`,
        )
        .join("; ") || "no packs",
    );
    // Written by the auth work; optional so this script also runs without it.
    const demoModule = path.join(process.cwd(), "lib/server/services/users/ensure-demo-accounts.ts");
    if (existsSync(demoModule)) {
      const { ensureDemoAccounts } = await import("@/lib/server/services/users/ensure-demo-accounts");
      await timed("accounts", () => ensureDemoAccounts(db), (result) => (result.created ? "created demo accounts" : `no change (${result.reason})`));
    }
  } finally {
    await db.$disconnect();
  }
  console.log(`Ready in ${Math.round(performance.now() - started)} ms.`);
}

if (!hasServerCondition()) {
  const rerun = spawnSync(process.execPath, [...process.execArgv, CONDITION_FLAG, ...process.argv.slice(1)], { stdio: "inherit" });
  process.exit(rerun.status ?? 1);
} else {
  main().catch((error: unknown) => {
    console.error(`\nStart-up failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
