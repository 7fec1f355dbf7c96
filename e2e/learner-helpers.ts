import { expect, type Locator, type Page, type TestInfo } from "@playwright/test";

/** Every item type the engine makes, as the quiz UI labels them (data-item-type). */
export const allItemTypes = [
  "multiple-choice",
  "true-false",
  "short-answer",
  "cloze",
  "ordering",
  "matching",
  "cause-effect",
  "attribution",
] as const;

/** Tap on the phone project (touch events), click on desktop. */
export function pressFor(testInfo: TestInfo) {
  const isPhone = testInfo.project.name === "phone";
  return (locator: Locator) => (isPhone ? locator.tap() : locator.click());
}

// What to type, in one sentence: "Type a name beginning with “H”.", "Type a day, month and year.",
// "Type an amount of money, with “million” or “billion” where it has one."…
const typedAnswerHint = /^Type an? [a-z, ]+( beginning with “[A-Z0-9]”|, with “million” or “billion” where it has one)?\.$/;

/**
 * Answers the item inside `root` by reading what is on screen (the test cannot
 * know the key, so the answer is merely valid, not necessarily right), the way
 * a learner would for its type. Returns the item type.
 */
export async function answerVisibleItem(page: Page, root: Locator, press: (locator: Locator) => Promise<void>, testInfo: TestInfo): Promise<string> {
  const type = (await root.getAttribute("data-item-type")) ?? "";
  switch (type) {
    case "multiple-choice":
    case "cause-effect":
    case "attribution":
    case "true-false":
      await press(root.getByRole("radio").first());
      await expect(root.getByRole("radio").first()).toBeChecked();
      break;
    case "short-answer":
      await expect(root.getByRole("textbox")).toHaveAccessibleDescription(typedAnswerHint);
      await root.getByRole("textbox").fill("Islamabad");
      break;
    case "cloze":
      if ((await root.getByRole("radio").count()) > 0) await press(root.getByRole("radio").nth(1));
      else {
        // Described by its sentence, blank and all, then the hint.
        await expect(root.getByRole("textbox")).toHaveAccessibleDescription(new RegExp(`\\(blank\\).*${typedAnswerHint.source.slice(1)}`));
        await root.getByRole("textbox").fill("1990");
      }
      break;
    case "ordering": {
      // Up/down buttons by touch or click; on desktop also a mouse drag by the handle.
      const firstBefore = await root.locator("[data-event-id]").first().getAttribute("data-event-id");
      await press(root.getByRole("button", { name: /down$/ }).first());
      await expect(root.locator("[data-event-id]").first()).not.toHaveAttribute("data-event-id", firstBefore ?? "");
      if (testInfo.project.name === "desktop") {
        // Drag the last row up past the row above it (both kept in view, since mouse events need on-screen points).
        const rows = root.locator("[data-event-id]");
        const count = await rows.count();
        const lastId = await rows.last().getAttribute("data-event-id");
        await rows.last().scrollIntoViewIfNeeded();
        const from = await root.locator("[data-drag-handle]").last().boundingBox();
        const to = await rows.nth(count - 2).boundingBox();
        if (from && to) {
          await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
          await page.mouse.down();
          await page.mouse.move(from.x + from.width / 2, to.y + 4, { steps: 8 });
          await page.mouse.up();
          await expect(rows.nth(count - 2)).toHaveAttribute("data-event-id", lastId ?? "");
        }
      }
      break;
    }
    case "matching": {
      // The first pair by tapping left then right; the rest with the select menus (the keyboard path).
      await press(root.locator("[data-match-side=left]").first());
      await press(root.locator("[data-match-side=right]").first());
      // The next item is then chosen already; a tap on it, as the instructions say, keeps it chosen for the next match.
      const secondLeft = root.locator("[data-match-side=left]").nth(1);
      await expect(secondLeft).toHaveAttribute("aria-pressed", "true");
      await press(secondLeft);
      await expect(secondLeft).toHaveAttribute("aria-pressed", "true");
      await press(root.locator("[data-match-side=right]").nth(1));
      await expect(secondLeft).toHaveAccessibleName(/, matched with /);
      const selects = root.getByRole("combobox");
      const count = await selects.count();
      const rightCount = await root.locator("[data-match-side=right]").count();
      for (let i = 1; i < count; i += 1) {
        await selects.nth(i).selectOption({ index: 1 + ((i) % rightCount) });
      }
      // A menu takes no match away from another row (arrowing through one changes it at each step): a match chosen twice
      // is said, and left to the learner to settle.
      const secondChoice = await selects.nth(1).inputValue();
      await selects.nth(1).selectOption(await selects.nth(0).inputValue());
      await expect(selects.nth(0)).not.toHaveValue("");
      await expect(root.getByText(/is chosen for 1 and 2\. Each needs a match of its own\./)).toBeVisible();
      await selects.nth(1).selectOption(secondChoice);
      await expect(root.getByText(/Each needs a match of its own/)).toHaveCount(0);
      for (let i = 0; i < count; i += 1) await expect(selects.nth(i)).not.toHaveValue("");
      break;
    }
    default:
      throw new Error(`unexpected item type "${type}"`);
  }
  return type;
}

/** The feedback heading practice mode shows after an answer is graded by the server. */
export const feedbackHeading = /^(✓ |✗ )?(Correct|Not quite)/;

/**
 * A graded ordering or matching answer in `root`: one row per event or pair, each marked in words
 * (an event in order or out of place, a pair right or wrong), as many marked well as `counted` says
 * ("… (2 of 4 in order)", "… (1 of 4 right)"), or every one when it gives no count (all of it right);
 * an event out of place says where it belongs.
 */
export async function expectPartByPart(root: Locator, counted: string): Promise<void> {
  const rows = root.getByRole("listitem");
  const marked = rows.filter({ hasText: /^(Right|Wrong|In order|Out of place): / });
  const count = /\((\d+) of (\d+) (?:right|in order)\)/.exec(counted);
  const all = await marked.count();
  const [right, total] = count ? count.slice(1).map(Number) : [all, all];
  expect(total, counted).toBeGreaterThanOrEqual(3);
  await expect(marked).toHaveCount(total as number);
  await expect(rows.filter({ hasText: /^(Right|In order): / })).toHaveCount(right as number);
  const misplaced = rows.filter({ hasText: /^Out of place: / });
  await expect(misplaced.filter({ hasText: /Belongs at number [1-9]$/ })).toHaveCount(await misplaced.count());
}

/** Starts the lesson's "check yourself" and answers every question in it; returns how many there were. */
export async function answerLessonCheck(page: Page, press: (locator: Locator) => Promise<void>, testInfo: TestInfo): Promise<number> {
  await press(page.getByRole("button", { name: "Start the check" }));
  await page.waitForURL(/check=/);
  const checks = page.locator("#check-yourself li[data-item-type]");
  const count = await checks.count();
  // A statement or a blank's sentence is part of its question's heading, so no two headings of the list are the same.
  const statementHeadings = await page.locator("#check-yourself li:is([data-item-type='true-false'], [data-item-type='cloze']) h3").allTextContents();
  expect(new Set(statementHeadings).size).toBe(statementHeadings.length);
  for (const heading of statementHeadings) expect(heading).toMatch(/^(True or false|Fill in the blank)\b.*[?.] \S/);
  for (let i = 0; i < count; i += 1) {
    const check = checks.nth(i);
    await answerVisibleItem(page, check, press, testInfo);
    await press(check.getByRole("button", { name: "Check" }));
    await expect(check.getByRole("heading", { name: feedbackHeading })).toBeVisible();
    // Focus moves to the verdict that replaced the button, not to the page.
    await expect(check.locator("[id$='-feedback-panel']")).toBeFocused();
  }
  await expect(page.getByText(new RegExp(`^All ${count} checked: \\d+ right\\.$`))).toBeVisible();
  // And again below the last question, where the learner is by then.
  await expect(page.getByTestId("check-score-end")).toHaveText(new RegExp(`^(Every one right: ${count} of ${count}\\.|\\d+ of ${count} right: the lesson above holds the facts you missed\\.)$`));
  return count;
}
