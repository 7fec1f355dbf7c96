import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

/**
 * Fails the test when axe finds any WCAG 2.2 A/AA violation on the page as it
 * is now, when content spills sideways (reflow), or, at a phone's width, when
 * a touch target is smaller than 44 × 44 px.
 */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  // Next.js streams a page's <title> after its content, and sets it after a client-side navigation
  // (a form action's redirect): wait for it, or axe may look in between and find none.
  await expect(page, `the title of ${page.url()}`).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
  expect(await spillsOverWidth(page), `content wider than the screen or its box on ${page.url()}`).toEqual([]);
  if ((page.viewportSize()?.width ?? Infinity) < phoneWidthBelow) {
    expect(await smallTouchTargets(page), `touch targets under 44 px on ${page.url()}`).toEqual([]);
  }
}

/** Tailwind's `sm` breakpoint: below it the layout is the phone's. */
const phoneWidthBelow = 640;

/**
 * Touch targets on a phone are at least 44 × 44 px (the issue's rule, above
 * WCAG 2.5.8's 24 px), which axe does not check. A radio button or checkbox
 * is its label's box. Left out, as WCAG 2.5.8 leaves them out: links that run
 * inline in a sentence, visually hidden ones (the skip link until it has
 * focus) and those not shown (in a closed disclosure).
 */
async function smallTouchTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const targets = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(targets))) {
      const style = getComputedStyle(el);
      if (style.display === "inline" || style.visibility === "hidden") continue;
      // Inside a closed disclosure (but its summary) nothing is shown; Chrome still lays it out, against the closed
      // content box, at sizes nobody sees.
      const closed = el.closest("details:not([open])");
      if (closed && !closed.querySelector(":scope > summary")?.contains(el)) continue;
      const isToggle = el instanceof HTMLInputElement && (el.type === "radio" || el.type === "checkbox");
      const box = ((isToggle && el.closest("label")) || el).getBoundingClientRect();
      if (box.width <= 2 || box.height <= 2) continue; // visually hidden (1 px) or not rendered (0)
      if (box.width < 44 || box.height < 44) {
        found.push(`<${el.tagName.toLowerCase()}> "${(el.textContent || el.getAttribute("aria-label") || "").trim().slice(0, 40)}" is ${Math.round(box.width)} × ${Math.round(box.height)} px`);
      }
    }
    return found;
  });
}

/**
 * Reflow (WCAG 1.4.10), which axe does not check: the page never scrolls
 * sideways, and no element in the flow sticks out of its parent's box (as a
 * radio button pushed over its card's border by a long label did at 360 px).
 * Positioned elements (menus, timeline dots, the fixed answer bar) and the
 * contents of scroll containers are placed there on purpose and not counted.
 */
async function spillsOverWidth(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) found.push(`the page is ${root.scrollWidth} px wide on a ${root.clientWidth} px screen`);
    const describe = (el: Element) => `<${el.tagName.toLowerCase()}> "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    // A display: contents wrapper (a row of a grid list) has no box of its own: its children sit in its parent's.
    const boxParent = (el: Element) => {
      let parent = el.parentElement;
      while (parent && getComputedStyle(parent).display === "contents") parent = parent.parentElement;
      return parent;
    };
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const parent = boxParent(el);
      const box = el.getBoundingClientRect();
      if (!parent || box.width <= 2 || box.height <= 2) continue; // visually hidden text is 1 px
      const style = getComputedStyle(el);
      if (style.position === "absolute" || style.position === "fixed" || style.display === "none") continue;
      if (getComputedStyle(parent).overflowX !== "visible") continue;
      const outer = parent.getBoundingClientRect();
      if (box.left < outer.left - 1 || box.right > outer.right + 1) {
        found.push(`${describe(el)} spans ${Math.round(box.left)}–${Math.round(box.right)} px inside ${describe(parent)} at ${Math.round(outer.left)}–${Math.round(outer.right)} px`);
      }
    }
    return found;
  });
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
