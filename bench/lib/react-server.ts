import { spawnSync } from "node:child_process";

/**
 * The services import "server-only", which only resolves under the
 * react-server condition: re-runs `file` with it unless this process already
 * has it (then returns, and the bench goes on). Call before importing any service.
 */
export function ensureReactServerCondition(file: string): void {
  if (process.execArgv.includes("--conditions=react-server")) return;
  const child = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", file, ...process.argv.slice(2)], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  process.exit(child.status ?? 1);
}
