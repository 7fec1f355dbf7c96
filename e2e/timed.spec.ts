import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, signUp, uniqueEmail } from "./fixtures";
import { pressFor } from "./learner-helpers";
import { answerWithFirstOption, click, createClass, joinWithCode, newUserContext, setAssignment, startAssignment } from "./teacher-helpers";

/**
 * A timed assignment, as the student meets it: the clock counts down on the
 * quiz page, and when the limit (one minute, the shortest) has passed the
 * page says so, waits while the server still takes answers sent in the last
 * second, then leads to the result, where the answer saved in time counts.
 * The teacher sets it up from a desktop context of their own.
 */
test("a timed assignment counts down, and at the limit hands in the answers saved in time", async ({ page, browser }, testInfo) => {
  test.setTimeout(180_000);
  const press = pressFor(testInfo);
  const stamp = Date.now().toString(36);
  const className = `Timed ${stamp}`;

  const teacherContext = await newUserContext(browser, testInfo, "desktop");
  const teacher = await teacherContext.newPage();
  await signUp(teacher, { email: uniqueEmail(testInfo, "timer"), name: "Tariq Teacher", role: "teacher" });
  const { classId, code } = await createClass(teacher, click, className);
  await signUp(page, { email: uniqueEmail(testInfo, "timed"), name: "Tania Student" });
  await joinWithCode(page, press, code, className);
  const assignmentId = await setAssignment(teacher, click, classId, { title: `One minute ${stamp}`, dueAt: new Date(Date.now() + 86_400_000), timeLimitMinutes: 1 });
  await expect(teacher.getByText("1 minute from the start")).toBeVisible();
  await teacherContext.close();

  await page.goto(`/assignments/${assignmentId}`);
  await expect(page.getByText(/^1 minute from when you press Start/)).toBeVisible();
  const attemptId = await startAssignment(page, press, assignmentId);
  // The quiz is headed by the teacher's title, its mode beneath.
  await expect(page.getByRole("heading", { level: 1, name: `One minute ${stamp}` })).toBeVisible();
  await expect(page.getByRole("timer")).toHaveText(/^[01]:\d\d$/);
  await expectNoA11yViolations(page);
  const right = await answerWithFirstOption(page, press);

  // The limit passes: first the hand-in, then (after the server's grace for late-sent answers) the way to the result.
  await expect(page.getByText("Time is up. Handing in the answers you saved…")).toBeVisible({ timeout: 70_000 });
  // From then on nothing answers or hands in: a late answer counted within the server's grace, and "Submit quiz" offered to hand in again.
  for (const name of ["Save and next", "Save answer", "Submit quiz"]) await expect(page.getByRole("button", { name })).toHaveCount(0);
  const toResult = page.getByRole("link", { name: "See your result" });
  await expect(toResult).toBeVisible({ timeout: 20_000 });
  // A screen reader hears each step as the page shows it.
  await expect(page.getByText("Handed in. The link to your result is beside the clock.")).toBeAttached();
  await expectNoA11yViolations(page);
  await press(toResult);
  await page.waitForURL(`**/quiz/${attemptId}/result`);
  await expect(page.getByText(`One minute ${stamp}. Time ran out: the answers you saved in time were handed in.`)).toBeVisible();
  // The next step is the assignment's own page, not free practice, which would not count for it.
  await expect(page.getByRole("link", { name: "Back to the assignment" })).toHaveAttribute("href", `/assignments/${assignmentId}`);
  await expect(page.getByTestId("quiz-score")).toHaveText(`${right ? 1 : 0}/5`);
  await expectNoA11yViolations(page);

  // The quiz itself is closed: its address leads to the result.
  await page.goto(`/quiz/${attemptId}`);
  await page.waitForURL(`**/quiz/${attemptId}/result`);
});
