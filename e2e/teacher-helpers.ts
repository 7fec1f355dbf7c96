import { readFile } from "node:fs/promises";
import { devices, expect, type Browser, type BrowserContext, type Locator, type Page, type TestInfo } from "@playwright/test";
import { feedbackHeading } from "./learner-helpers";
import { parseCsv } from "../tests/helpers/csv";

/**
 * Steps of the teacher's side shared by the teacher journey and the IDOR
 * spec: creating a class, setting an assignment, joining, answering an
 * assignment's quiz, and reading a downloaded CSV.
 */

export type Press = (locator: Locator) => Promise<void>;
export const click: Press = (locator) => locator.click();
export const tap: Press = (locator) => locator.tap();

/** A signed-out browser context of its own (cookies apart), as a phone (Pixel 7 at 360×780) or a desktop. */
export async function newUserContext(browser: Browser, testInfo: TestInfo, kind: "phone" | "desktop"): Promise<BrowserContext> {
  const device = kind === "phone" ? { ...devices["Pixel 7"], viewport: { width: 360, height: 780 } } : devices["Desktop Chrome"];
  return browser.newContext({ ...device, baseURL: testInfo.project.use.baseURL });
}

/** The id in `/prefix/<id>` of the page's URL. */
export function idAfter(page: Page, prefix: string): string {
  const match = new RegExp(`${prefix}/([^/?#]+)`).exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`no id after ${prefix} in ${page.url()}`);
  return match[1];
}

/** Creates a class through the form; returns its id and join code as shown to the teacher. */
export async function createClass(page: Page, press: Press, name: string): Promise<{ classId: string; code: string }> {
  await page.goto("/teach/classes/new");
  await page.getByLabel("Class name").fill(name);
  await press(page.getByRole("button", { name: "Create class" }));
  await page.waitForURL(/\/teach\/classes\/(?!new)[^/?]+\?notice=created/);
  const code = (await page.locator("#join-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  return { classId: idAfter(page, "/teach/classes"), code };
}

/** `date` as a datetime-local value in the browser's own time zone (the form sends that zone along). */
async function localDateTime(page: Page, date: Date): Promise<string> {
  return page.evaluate((ms) => {
    const d = new Date(ms);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }, date.getTime());
}

/**
 * Sets a practice assignment of five questions on every module, of the
 * types named as the form names them (multiple choice unless told), due at
 * `dueAt` (a whole minute: the form's field has minutes), with a time limit
 * when given, and returns its id. Leaves the teacher on the new assignment's page.
 */
export async function setAssignment(
  page: Page,
  press: Press,
  classId: string,
  options: { title: string; dueAt: Date; timeLimitMinutes?: number; types?: readonly string[] },
): Promise<string> {
  await page.goto(`/teach/classes/${classId}/assignments/new`);
  await page.getByLabel("Title", { exact: true }).fill(options.title);
  const modules = page.getByRole("group", { name: "Modules" }).getByRole("checkbox");
  for (const box of await modules.all()) await box.check();
  const types = page.getByRole("group", { name: "Question types" });
  for (const box of await types.getByRole("checkbox").all()) await box.uncheck();
  for (const type of options.types ?? ["Multiple choice"]) await types.getByRole("checkbox", { name: type, exact: true }).check();
  await page.getByRole("group", { name: "Questions per student" }).getByRole("radio", { name: "5", exact: true }).check();
  await page.getByLabel("Due", { exact: true }).fill(await localDateTime(page, options.dueAt));
  if (options.timeLimitMinutes) await page.getByLabel("Time limit in minutes (optional)").fill(String(options.timeLimitMinutes));
  await press(page.getByRole("button", { name: "Set assignment" }));
  await page.waitForURL(/\/assignments\/[^/?]+\?created=1/);
  return idAfter(page, "/assignments");
}

/** A student joins with the code, typed as shown. */
export async function joinWithCode(page: Page, press: Press, code: string, className: string): Promise<void> {
  await page.goto("/join");
  await page.getByLabel("Class code").fill(code);
  await press(page.getByRole("button", { name: "Join class" }));
  await expect(page.locator("#join-notice")).toContainText(`You joined ${className}`);
}

/** From the assignment's page, starts it and waits for the first question; returns the attempt id. */
export async function startAssignment(page: Page, press: Press, assignmentId: string): Promise<string> {
  await page.goto(`/assignments/${assignmentId}`);
  await press(page.getByRole("button", { name: "Start", exact: true }));
  await page.waitForURL(/\/quiz\/[^/?#]+$/);
  await expect(page.locator("section[data-item-type]")).toBeVisible();
  return idAfter(page, "/quiz");
}

/**
 * Answers the question on screen of a practice quiz by choosing its first
 * option, and reads the server's verdict from the feedback. Returns whether
 * the answer was right.
 */
export async function answerWithFirstOption(page: Page, press: Press): Promise<boolean> {
  const question = page.locator("section[data-item-type]");
  await expect(question).toHaveAttribute("data-item-type", "multiple-choice");
  await press(question.getByRole("radio").first());
  await press(page.getByRole("button", { name: "Check answer" }));
  const verdict = question.getByRole("heading", { name: feedbackHeading });
  await expect(verdict).toBeVisible();
  await expect(page.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saved");
  return /^(✓ )?Correct/.test((await verdict.innerText()).trim());
}

/**
 * Answers every question of the practice quiz on screen with its first
 * option, then hands it in from the last one; returns how many the server
 * marked right. Leaves the student on the result page.
 */
export async function completeWithFirstOptions(page: Page, press: Press, questions: number): Promise<number> {
  let correct = 0;
  for (let question = 1; question <= questions; question++) {
    if (await answerWithFirstOption(page, press)) correct++;
    if (question < questions) await press(page.getByRole("button", { name: /Next question/ }));
  }
  await press(page.getByRole("button", { name: "See results" }));
  await page.waitForURL(/\/result$/);
  return correct;
}

/** Clicks a download link and returns the file's rows as objects keyed by the header. */
export async function downloadCsv(page: Page, press: Press, link: Locator): Promise<{ header: string[]; rows: Record<string, string>[] }> {
  const [download] = await Promise.all([page.waitForEvent("download"), press(link)]);
  const [header = [], ...lines] = parseCsv(await readFile(await download.path(), "utf8"));
  return { header, rows: lines.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index] ?? ""]))) };
}
