import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations, signUp, uniqueEmail } from "./fixtures";
import { answerVisibleItem, expectPartByPart, feedbackHeading } from "./learner-helpers";
import { completeWithFirstOptions, createClass, joinWithCode, newUserContext, setAssignment, startAssignment, tap } from "./teacher-helpers";

/**
 * Screenshots of the teacher's pages on a phone (360 px, the phone project),
 * with one student's two handed-in assignments behind them, for people to
 * look at: test-results/screenshots/teach-*.png. Each page is also checked
 * with axe and for reflow at that width.
 */
test.describe.configure({ mode: "serial" });

const dir = "test-results/screenshots";
const QUESTIONS = 5;

async function shoot(page: Page, path: string, name: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.screenshot({ path: `${dir}/teach-${name}.png`, fullPage: true });
  // The teacher's journey runs on the desktop project; here its pages meet axe and the reflow check at 360 px.
  await expectNoA11yViolations(page);
}

test("teacher screenshots at 360 px", async ({ page, browser }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone-width screenshots only");
  test.setTimeout(240_000);
  const className = `History ${Date.now().toString(36)}`;
  await signUp(page, { email: uniqueEmail(testInfo, "shots-teacher"), name: "Tariq Teacher", role: "teacher" });
  const { classId, code } = await createClass(page, tap, className);

  const studentContext = await newUserContext(browser, testInfo, "phone");
  const student = await studentContext.newPage();
  await signUp(student, { email: uniqueEmail(testInfo, "shots-student"), name: "Sara Student" });
  await joinWithCode(student, tap, code, className);

  const dueAt = new Date(Math.ceil((Date.now() + 86_400_000) / 60_000) * 60_000);
  const assignmentId = await setAssignment(page, tap, classId, { title: "Week 1 check", dueAt });
  await startAssignment(student, tap, assignmentId);
  await completeWithFirstOptions(student, tap, QUESTIONS);
  // A second assignment of the two types whose answers come in parts, for the drill-in below.
  const partsAssignmentId = await setAssignment(page, tap, classId, { title: "Timelines and names", dueAt, types: ["Put in order", "Matching"] });
  const partsAttemptId = await startAssignment(student, tap, partsAssignmentId);
  // The draw can hold fewer than asked when the events and pairs run out: the quiz says how many.
  const firstHeading = (await student.getByRole("heading", { name: /^Question 1 of \d+$/ }).textContent()) ?? "";
  const partsQuestions = Number(/ of (\d+)$/.exec(firstHeading.trim())?.[1]);
  expect(partsQuestions).toBeGreaterThanOrEqual(3);
  for (let question = 1; question <= partsQuestions; question++) {
    await answerVisibleItem(student, student.locator("section[data-item-type]"), tap, testInfo);
    await tap(student.getByRole("button", { name: "Check answer" }));
    await expect(student.getByRole("heading", { name: feedbackHeading })).toBeVisible();
    await tap(student.getByRole("button", { name: question < partsQuestions ? /Next question/ : "See results" }));
  }
  await student.waitForURL(/\/result$/);
  await studentContext.close();

  await shoot(page, "/teach", "01-classes");
  await shoot(page, `/teach/classes/${classId}`, "02-class");
  await shoot(page, `/teach/classes/${classId}/assignments/new`, "03-new-assignment");
  await shoot(page, `/teach/classes/${classId}/assignments/${assignmentId}`, "04-assignment");
  await shoot(page, `/teach/classes/${classId}/gradebook`, "05-gradebook");
  await shoot(page, `/teach/classes/${classId}/analysis`, "06-class-analysis");
  await shoot(page, `/teach/assignments/${assignmentId}/analysis`, "07-assignment-analysis");

  // The drill-in lists each ordering or matching answer part by part, as many right as its header counts.
  await shoot(page, `/teach/attempts/${partsAttemptId}`, "08-attempt-in-parts");
  const questions = page.locator("main ol").first().locator(":scope > li");
  await expect(questions).toHaveCount(partsQuestions);
  for (const question of await questions.all()) await expectPartByPart(question, await question.innerText());
});
