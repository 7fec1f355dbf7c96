import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

/** Fails the test when axe finds any WCAG 2.2 A/AA violation on the page as it is now. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** An email no other test (in any project or retry) uses. */
export function uniqueEmail(testInfo: TestInfo, label: string): string {
  const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  return `${label}-${testInfo.project.name}-${stamp}@example.test`;
}

export const strongPassword = "correct horse battery staple 42";

export type Role = "student" | "teacher";

/** Signs up through the UI and waits for the dashboard. */
export async function signUp(page: Page, opts: { email: string; name: string; role?: Role; password?: string }) {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill(opts.name);
  await page.getByLabel("Email").fill(opts.email);
  await page.getByLabel("Password", { exact: true }).fill(opts.password ?? strongPassword);
  if (opts.role === "teacher") await page.getByLabel(/teacher/i).check();
  await page.getByRole("button", { name: /create account/i }).click();
  await page.waitForURL("**/dashboard");
}

/** Signs in through the UI; does not wait for a destination (the caller knows where it goes). */
export async function fillSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: /^sign in$/i }).click();
}
