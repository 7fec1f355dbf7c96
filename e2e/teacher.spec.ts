import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations, signUp, uniqueEmail } from "./fixtures";
import {
  answerWithFirstOption,
  click,
  completeWithFirstOptions,
  createClass,
  downloadCsv,
  joinWithCode,
  newUserContext,
  setAssignment,
  startAssignment,
  tap,
} from "./teacher-helpers";

/**
 * The teacher's journey of issue #6: a teacher (desktop) creates a class; two
 * students join with the code on phones; the teacher sets an assignment due
 * in about two minutes; one student completes it on time, the other starts
 * and leaves it. Once the due date has passed the gradebook shows submitted
 * and missing, the item analysis counts the answers given, both CSV
 * exports hold the right rows, and one click on the class analysis assigns a
 * review of the weakest facts. Moving the due date a day on, the teacher
 * sees the work left undone no longer missing. axe on every page on the way.
 *
 * The server's clock cannot be moved, so the due date is real: the
 * assignment is set only once the students are in, to keep the wait short.
 * Runs once (desktop project); the phones are contexts of their own.
 */

const ASSIGNMENT_CSV_HEADER = "student_name,student_email,assignment_title,assignment_id,due_at,status,score,max_score,score_percent,submitted_at,is_late,attempts_used,left_at";
const QUESTIONS = 5;

async function visitChecked(page: Page, path: string) {
  await page.goto(path);
  await expectNoA11yViolations(page);
}

test("a class, an assignment done by one student and left by another, then gradebook, item analysis and CSV", async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one run is enough: the students use phone contexts of their own");
  test.setTimeout(300_000);
  const stamp = Date.now().toString(36);
  const className = `Civics ${stamp}`;
  const title = `Week 1 check ${stamp}`;

  // 1. The teacher creates the class.
  await signUp(page, { email: uniqueEmail(testInfo, "teacher"), name: "Tahira Teacher", role: "teacher" });
  // A new teacher's dashboard leads to the first class.
  await expect(page.getByRole("link", { name: "Create your first class" })).toHaveAttribute("href", "/teach/classes/new");
  const { classId, code } = await createClass(page, click, className);
  await expectNoA11yViolations(page);

  // 2. Two students join with the code, each on a phone.
  const [sanaContext, saadContext] = [await newUserContext(browser, testInfo, "phone"), await newUserContext(browser, testInfo, "phone")];
  const [sana, saad] = [await sanaContext.newPage(), await saadContext.newPage()];
  const sanaEmail = uniqueEmail(testInfo, "sana");
  const saadEmail = uniqueEmail(testInfo, "saad");
  await signUp(sana, { email: sanaEmail, name: "Sana Student" });
  await joinWithCode(sana, tap, code, className);
  await expectNoA11yViolations(sana);
  await signUp(saad, { email: saadEmail, name: "Saad Student" });
  await joinWithCode(saad, tap, code, className);

  // 3. The assignment, due at the first whole minute at least 90 s away.
  const dueAt = new Date(Math.ceil((Date.now() + 90_000) / 60_000) * 60_000);
  await page.goto(`/teach/classes/${classId}/assignments/new`);
  await expectNoA11yViolations(page);
  // Each module says how long a quiz on it alone can be, before a refusal has to.
  const moduleChoices = page.getByRole("group", { name: "Modules" }).getByRole("checkbox");
  await expect(page.getByRole("group", { name: "Modules" }).getByText(/^Up to \d+ questions on its own$/)).toHaveCount(await moduleChoices.count());
  const assignmentId = await setAssignment(page, click, classId, { title, dueAt });
  await expect(page.getByText("Assignment set. Every student in the class has been notified.")).toBeVisible();
  await expect(page).toHaveTitle(`${title} · Groundwork`);
  await expectNoA11yViolations(page);

  // 4. On Sana's dashboard the assignment comes first, above the day's panel; she finds it in her notifications
  // and completes it, noting which answers the server marked right.
  await sana.goto("/dashboard");
  const sectionOrder = await sana.locator("main h2[id]").evaluateAll((headings) => headings.map((heading) => heading.id));
  expect(sectionOrder.indexOf("assignments-heading"), sectionOrder.join()).toBe(sectionOrder.indexOf("today-heading") - 1);
  await sana.goto("/notifications");
  await expectNoA11yViolations(sana);
  await tap(sana.getByRole("link", { name: `New assignment: ${title}` }));
  await sana.waitForURL(`**/assignments/${assignmentId}`);
  await expectNoA11yViolations(sana);
  await startAssignment(sana, tap, assignmentId);
  await expectNoA11yViolations(sana);
  const correct = await completeWithFirstOptions(sana, tap, QUESTIONS);
  await expect(sana.getByTestId("quiz-score")).toHaveText(`${correct}/${QUESTIONS}`);
  await expectNoA11yViolations(sana);
  expect(Date.now(), "Sana must hand in before the due date for this test to mean anything").toBeLessThan(dueAt.getTime());

  // 5. Saad starts, answers one question and leaves.
  await startAssignment(saad, tap, assignmentId);
  await answerWithFirstOption(saad, tap);
  await sanaContext.close();

  // 6. After the due date: the class page, then the gradebook shows submitted for Sana, and for Saad, whose attempt
  // is still open (late work is taken), in progress (late): not missing.
  await page.waitForTimeout(Math.max(0, dueAt.getTime() - Date.now() + 2_000));
  await visitChecked(page, `/teach/classes/${classId}`);
  await expect(page.getByRole("list", { name: "Assignments" })).toContainText("1 of 2 handed in");
  await visitChecked(page, `/teach/classes/${classId}/gradebook`);
  const sanaPercent = `${Math.round((correct * 100) / QUESTIONS)}%`;
  const sanaRow = page.getByRole("row", { name: /Sana Student/ });
  await expect(sanaRow).toContainText("Submitted");
  await expect(sanaRow).toContainText(`${sanaPercent} (${correct}/${QUESTIONS})`);
  await expect(page.getByRole("row", { name: /Saad Student/ })).toContainText("In progress (late)");
  await expect(page.getByRole("table")).toContainText("1 of 2 handed in");
  await expect(page.getByRole("table")).not.toContainText("missing");
  // The class row: the mean of the students' averages (Saad has none) and the missing work in all (none).
  const classCells = page.getByRole("row", { name: /Class average/ }).getByRole("cell");
  await expect(classCells.nth(0)).toHaveText(sanaPercent);
  await expect(classCells.nth(1)).toHaveText("0");

  // 7. The CSV exports: one row per student for the assignment; one row per question of each attempt.
  const byStudent = await downloadCsv(page, click, page.getByRole("link", { name: "Download CSV: one row per assignment" }));
  expect(byStudent.header.join(",")).toBe(ASSIGNMENT_CSV_HEADER);
  expect(byStudent.rows.map((row) => [row.student_email, row.assignment_id, row.status, row.score, row.max_score, row.is_late, row.attempts_used])).toEqual([
    [saadEmail, assignmentId, "In progress (late)", "", "", "no", "1"],
    [sanaEmail, assignmentId, "Submitted", String(correct), String(QUESTIONS), "no", "1"],
  ]);
  const byAnswer = await downloadCsv(page, click, page.getByRole("link", { name: "Download CSV: one row per question" }));
  const answersOf = (email: string) => byAnswer.rows.filter((row) => row.student_email === email);
  expect(answersOf(sanaEmail)).toHaveLength(QUESTIONS);
  expect(answersOf(sanaEmail).filter((row) => row.correct === "yes")).toHaveLength(correct);
  expect(answersOf(saadEmail)).toHaveLength(1);
  expect(byAnswer.rows).toHaveLength(QUESTIONS + 1);

  // 8. Sana's attempt, item by item, from her gradebook cell.
  await click(page.getByRole("row", { name: /Sana Student/ }).getByRole("link"));
  await page.waitForURL(/\/teach\/attempts\//);
  await expect(page.getByRole("heading", { level: 1, name: `Sana Student: ${title}` })).toBeVisible();
  await expectNoA11yViolations(page);

  // 9. The item analysis counts Sana's answers only (Saad handed nothing in): one answer per question,
  //    the option she chose counted once, and marked as the key exactly as often as she was right.
  await visitChecked(page, `/teach/assignments/${assignmentId}/analysis`);
  await expect(page.getByText("From 1 handed-in attempt")).toBeVisible();
  const answerCounts = await page.locator("tbody tr").evaluateAll((rows) => rows.map((row) => Number(row.querySelectorAll("td")[1]?.textContent)));
  expect(answerCounts.reduce((sum, count) => sum + count, 0)).toBe(QUESTIONS);
  const chosenOptions = page.locator("tbody details li").filter({ hasText: "(1 of 1)" });
  await expect(chosenOptions).toHaveCount(QUESTIONS);
  await expect(chosenOptions.filter({ hasText: "(correct answer)" })).toHaveCount(correct);

  await visitChecked(page, `/teach/classes/${classId}/analysis`);
  // Class mastery per fact is folded by module; several modules start closed, a lone one open.
  const factGroups = page.locator("details").filter({ has: page.locator("summary", { hasText: /facts practised · accuracy/ }) });
  const firstGroupRows = factGroups.first().getByText(/not started · accuracy/);
  if ((await factGroups.count()) > 1) {
    await expect(firstGroupRows.first()).toBeHidden();
    await click(factGroups.first().locator("summary"));
  }
  await expect(firstGroupRows.first()).toBeVisible();
  // The items are folded by module too, each under its counts; several start closed, a lone one open.
  const itemGroups = page.locator("section[aria-labelledby^='items-'] > details");
  await expect(itemGroups.first().locator(":scope > summary")).toContainText(/\d+ items? · \d+ flagged/);
  if ((await itemGroups.count()) > 1) {
    await expect(itemGroups.first().locator("table")).toBeHidden();
    await click(itemGroups.first().locator(":scope > summary"));
  }
  await expect(itemGroups.first().locator("table")).toBeVisible();

  // 10. One click sets a practice review of the class's weakest facts, and it opens as an assignment of the class.
  await click(page.getByRole("button", { name: /^Assign a review of (this fact|these \d+ facts)$/ }));
  await expect(page.getByRole("status")).toContainText(/Assigned “Review: weakest facts \(\d{1,2} [A-Z][a-z]{2,3} \d{4}\)” on \d+ facts?, due in 7 days\. Students have been notified\./);
  await expectNoA11yViolations(page);
  // Pressed again, it sets no twin: the same review, said to be there already.
  await click(page.getByRole("button", { name: /^Assign a review of (this fact|these \d+ facts)$/ }));
  await expect(page.getByRole("status")).toContainText(/already covers (this fact|these facts): your students have it\./);
  await click(page.getByRole("status").getByRole("link", { name: "Open the assignment" }));
  await page.waitForURL(new RegExp(`/teach/classes/${classId}/assignments/(?!${assignmentId})[^/]+$`));
  await expect(page.getByText(`Practice for ${className}.`)).toBeVisible();
  await expectNoA11yViolations(page);

  // 11. The teacher gives the class a day more on the first assignment: Saad's work, started and left, is no longer late.
  await visitChecked(page, `/teach/classes/${classId}/assignments/${assignmentId}`);
  const dueField = page.getByLabel(/^New due date/);
  const nextDay = new Date(`${await dueField.inputValue()}Z`);
  nextDay.setUTCDate(nextDay.getUTCDate() + 1);
  await dueField.fill(nextDay.toISOString().slice(0, 16));
  await click(page.getByRole("button", { name: "Change the due date" }));
  await expect(page.getByRole("status")).toHaveText("Due date changed. Every student in the class has been told.");
  await expect(dueField).toHaveValue(nextDay.toISOString().slice(0, 16));
  await expectNoA11yViolations(page);
  await visitChecked(page, `/teach/classes/${classId}/gradebook`);
  await expect(page.getByRole("row", { name: /Saad Student/ })).toContainText("In progress");
  await expect(page.getByRole("row", { name: /Saad Student/ })).not.toContainText("(late)");
  await expect(page.getByRole("table")).toContainText("1 of 2 handed in");
  await expect(page.getByRole("table")).not.toContainText("missing");
  // Saad is told, and his assignment is his to finish again.
  await saad.goto("/notifications");
  await tap(saad.getByRole("link", { name: `New due date: ${title}` }));
  await saad.waitForURL(`**/assignments/${assignmentId}`);
  await expect(saad.getByRole("button", { name: "Resume" })).toBeVisible();
  await expect(saad.getByRole("link", { name: /^Continue/ })).toHaveCount(0);
  await expect(saad).toHaveTitle(`${title} · Groundwork`);
  await expect(saad.getByText("In progress", { exact: true })).toBeVisible();
  await expectNoA11yViolations(saad);
  await saadContext.close();
  await visitChecked(page, "/teach");
});
