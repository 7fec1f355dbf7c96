import { expect, test, type Page } from "@playwright/test";
import { itemTypeLabels } from "../components/quiz/types";
import { signUp, uniqueEmail } from "./fixtures";
import { allItemTypes, answerLessonCheck, answerVisibleItem, feedbackHeading, pressFor } from "./learner-helpers";

/**
 * Screenshots of the learner's pages at a common phone width (390 px), for
 * people to look at: test-results/screenshots/*.png. Phone project only.
 */
test.use({ viewport: { width: 390, height: 844 } });
test.describe.configure({ mode: "serial" });

const dir = "test-results/screenshots";

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

/** Starts a practice quiz of only `type` items over every module (the form reads its defaults from the query). */
async function startQuizOf(page: Page, type: string) {
  await page.goto(`/quiz/new?module=all&count=5&types=${type}`);
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/quiz\/(?!new)[^/]+$/);
}

test("learner screenshots at 390 px", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "phone-width screenshots only");
  test.setTimeout(180_000);
  const press = pressFor(testInfo);
  await signUp(page, { email: uniqueEmail(testInfo, "shots"), name: "Sana Screens" });
  await shoot(page, "01-dashboard-new");

  await page.goto("/lessons/drones-and-sovereignty");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await shoot(page, "02-lesson");
  await answerLessonCheck(page, press, testInfo);
  await page.locator("#check-yourself").screenshot({ path: `${dir}/02-lesson-check-done.png` });

  for (const type of allItemTypes) {
    await startQuizOf(page, type);
    const question = page.locator("section[data-item-type]");
    await expect(question).toBeVisible();
    await page.screenshot({ path: `${dir}/10-item-${type}.png` });
    await answerVisibleItem(page, question, press, testInfo);
    await press(page.getByRole("button", { name: "Check answer" }));
    await expect(page.getByRole("heading", { name: feedbackHeading })).toBeVisible();
    await shoot(page, `11-item-${type}-feedback`);
  }

  // The last quiz, handed in with one answer: its result page (the browser asks first about the unanswered ones).
  page.once("dialog", (dialog) => void dialog.accept());
  await press(page.getByRole("button", { name: "Finish quiz" }));
  await page.waitForURL(/\/result$/);
  await expect(page.getByTestId("quiz-score")).toHaveText(/^\d+\/\d+$/);
  await shoot(page, "12-result");
  // "Practise again" sets the form up as this quiz was: every module, one question type.
  await press(page.getByRole("link", { name: "Practise again" }));
  await expect(page.getByRole("combobox", { name: "Module" })).toHaveValue("all");
  await expect(page.getByRole("checkbox", { name: itemTypeLabels[allItemTypes[allItemTypes.length - 1]!] })).toBeChecked();
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(1);

  await page.goto("/progress");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Each quiz above but the last was left after its first answer: the history says how far each got
  // (a one-question quiz, when a type is rare, is "ready to finish").
  await expect(page.getByRole("link", { name: /(in progress|ready to finish).* 1 of \d+ answered$/ })).toHaveCount(allItemTypes.length - 1);
  // Each is named by the one question type it asks, so that the rows tell the quizzes apart.
  for (const type of allItemTypes) await expect(page.getByRole("link", { name: new RegExp(`^All modules · ${itemTypeLabels[type]}\\s`) })).toHaveCount(1);
  // One module's facts opened, as a learner looking for what to work on would.
  await press(page.locator("summary", { hasText: /facts practised ·/ }).first());
  await shoot(page, "20-progress");

  await page.goto("/dashboard");
  await shoot(page, "03-dashboard-after-practice");

  // "Which of these statements is true?", four sentences long: the Cold War module's one multiple-choice item.
  await page.goto("/quiz/new?module=cold-war-and-sanctions&count=5&types=multiple-choice");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/\/quiz\/(?!new)[^/]+$/);
  const statements = page.locator("section[data-item-type]");
  await expect(statements.getByText("Which of these statements is true?")).toBeVisible();
  await shoot(page, "10-item-true-statement");
  await answerVisibleItem(page, statements, press, testInfo);
  await press(page.getByRole("button", { name: "Check answer" }));
  await expect(page.getByRole("heading", { name: feedbackHeading })).toBeVisible();
  await shoot(page, "11-item-true-statement-feedback");

  // Types the chosen module cannot ask: the form says which it can.
  await page.goto("/quiz/new?module=cold-war-and-sanctions&count=5&types=attribution");
  await page.getByRole("button", { name: "Start quiz" }).click();
  await page.waitForURL(/error=too-few/);
  await shoot(page, "05-new-quiz-no-such-types");

  for (const [path, name] of [["/quiz/new", "04-new-quiz"], ["/review", "21-review"], ["/account", "22-account"], ["/progress/history", "23-history"]] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await shoot(page, name);
  }
});
