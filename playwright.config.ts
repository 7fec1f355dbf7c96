import { defineConfig, devices } from "@playwright/test";
import path from "node:path";
import { chromiumPath } from "./scripts/chromium-path";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
// One database per port, so two runs (say, on two ports) never share one.
const e2eDb = path.join(__dirname, ".data", port === 3100 ? "e2e.db" : `e2e-${port}.db`);

const launchOptions = {
  executablePath: chromiumPath(),
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
  ],
};

const serverEnv = {
  DATABASE_URL: `file:${e2eDb}`,
  NEXTAUTH_URL: baseURL,
  NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-0123456789",
  GROUNDWORK_DEMO: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  PORT: String(port),
};

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions } },
    {
      name: "phone",
      use: { ...devices["Pixel 7"], viewport: { width: 360, height: 780 }, launchOptions },
    },
  ],
  webServer: {
    // A fresh database for every run: migrate, sync content, then serve the built app.
    command: `rm -f "${e2eDb}" "${e2eDb}-wal" "${e2eDb}-shm" && npx tsx scripts/prepare.ts && npx next start -p ${port}`,
    url: `${baseURL}/sign-in`,
    env: serverEnv,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
