import { type BrowserContext, expect, type Locator, type Page, test } from "@playwright/test";
import { expectNoA11yViolations, signUp, uniqueEmail } from "./fixtures";
import { answerVisibleItem, feedbackHeading, pressFor } from "./learner-helpers";

/** Opens the dashboard's first lesson by its link, as a learner would (a client-side navigation), and waits until the worker has saved it. */
async function openFirstLessonUntilSaved(page: Page, press: (locator: Locator) => Promise<void>) {
  const lessonLink = page.locator('a[href^="/lessons/"]').first();
  const lessonPath = (await lessonLink.getAttribute("href")) ?? "";
  await press(lessonLink);
  await page.waitForURL(`**${lessonPath}`);
  const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  expect(title).not.toBe("");
  await expect(page).toHaveTitle(`${title} · Groundwork`);

  // The offline page lists it once the worker has saved it (in the background, so wait: with the other
  // test worker busy on a 2-core machine, one CI run saw it take more than 20 s, its retry 10 s).
  await expect(async () => {
    await page.goto("/offline");
    await expect(page.getByRole("link", { name: title })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 35_000 });
  return { lessonPath, title };
}

const savedCopyNotice = (page: Page) => page.getByRole("status").filter({ hasText: "this is the lesson as saved on this device" });

/** Starts a quiz from the new-quiz form with these choices and waits until the worker has saved its page. */
async function startQuizUntilSaved(page: Page, press: (locator: Locator) => Promise<void>, choices: string) {
  await page.goto(`/quiz/new?${choices}`);
  await press(page.getByRole("button", { name: "Start quiz" }));
  await page.waitForURL(/\/quiz\/(?!new)[^/?#]+(\?asked=\d+)?$/);
  const quizPath = new URL(page.url()).pathname;
  const isSaved = () => page.evaluate(async (path) => Boolean(await caches.match(path)), quizPath);
  await expect.poll(isSaved, { timeout: 20_000 }).toBe(true);
  return { quizPath, isSaved };
}

/**
 * The connection drops and the quiz reloads (a pull to refresh, or the phone reopening the tab): the
 * saved copy shows, says so, and resumes after the two answers given.
 */
async function reloadQuizOffline(page: Page, context: BrowserContext, heading: string) {
  await (await context.newCDPSession(page)).send("Network.clearBrowserCache");
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "this is the quiz as saved on this device" })).toBeVisible();
  await expect(page.getByText("2 answered", { exact: true })).toBeVisible();
  await expect(page.getByText(/^Question 3 of 5/).first()).toBeVisible();
  await expectNoA11yViolations(page);
}

/** Once a quiz's result is shown, the device keeps no copy of the quiz or its answers. */
async function expectNothingKept(page: Page, isSaved: () => Promise<boolean>) {
  await expect.poll(isSaved, { timeout: 20_000 }).toBe(false);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("groundwork:answered:")))).toEqual([]);
}

test.describe("reading offline", () => {
  test("a lesson opened online reads offline, other pages say they need a connection, and signing out forgets the lesson", async ({ page, context }, testInfo) => {
    const press = pressFor(testInfo);
    await signUp(page, { email: uniqueEmail(testInfo, "offline-reader"), name: "Oona Offline" });
    const { lessonPath, title } = await openFirstLessonUntilSaved(page, press);
    await expectNoA11yViolations(page);

    // Offline, what needs the server is held back with a word why, and the page stays on screen.
    await page.goto("/dashboard");
    await context.setOffline(true);
    await press(page.getByRole("button", { name: "Sign out" }));
    const notSent = page.getByRole("alert").filter({ hasText: "No connection" });
    await expect(notSent).toHaveText("No connection, so “Sign out” was not sent. Try again once you are back online.");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain("“Sign out” was not sent");
    await expect(page.getByRole("heading", { level: 1, name: "Welcome, Oona Offline" })).toBeVisible();
    await expectNoA11yViolations(page);
    await context.setOffline(false);
    await expect(notSent).toHaveText("No connection, so “Sign out” was not sent. You are back online: try again.");
    await context.setOffline(true);
    await expect(notSent).toHaveText("No connection, so “Sign out” was not sent. Try again once you are back online.");

    // The browser's own cache would hide a build file the worker failed to save: empty it.
    await (await context.newCDPSession(page)).send("Network.clearBrowserCache");
    await context.setOffline(true);
    // The lesson itself, styled and running: every build file it loads comes from the saved copies.
    const missingBuildFiles: string[] = [];
    page.on("requestfailed", (request) => {
      if (new URL(request.url()).pathname.startsWith("/_next/static/")) missingBuildFiles.push(request.url());
    });
    await page.goto(lessonPath);
    const heading = page.getByRole("heading", { level: 1, name: title });
    await expect(heading).toBeVisible();
    expect(await heading.evaluate((element) => getComputedStyle(element).fontWeight)).toBe("700");
    await expect(page.getByRole("heading", { name: "Check yourself" })).toBeVisible();
    await expect(savedCopyNotice(page)).toBeVisible();
    await page.waitForLoadState("load");
    expect(missingBuildFiles).toEqual([]);
    await expectNoA11yViolations(page);

    // A phone can believe it is online while nothing gets through: then the action fails, and the
    // error page says why, with the way back to the lesson.
    await page.evaluate(() => Object.defineProperty(navigator, "onLine", { get: () => true }));
    await press(page.getByRole("button", { name: "Start the check" }));
    await expect(page.getByRole("heading", { level: 1, name: "No connection" })).toBeVisible();
    await expectNoA11yViolations(page);
    await press(page.getByRole("button", { name: "Back to the page" }));
    await expect(heading).toBeVisible();

    // Any other page: the offline page, with the way back to the saved lesson.
    await page.goto("/progress");
    await expect(page.getByRole("heading", { level: 1, name: "You are offline" })).toBeVisible();
    await expectNoA11yViolations(page);
    await press(page.getByRole("link", { name: title }));
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

    // Signed out, the next person on this phone cannot read what was saved.
    await context.setOffline(false);
    await page.goto("/dashboard");
    await press(page.getByRole("button", { name: "Sign out" }));
    await page.waitForURL((url) => url.pathname === "/");
    await expect(async () => {
      await page.goto("/offline");
      await expect(page.getByText("No lesson is saved on this device yet.", { exact: false })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await context.setOffline(true);
    await expect(page.goto(lessonPath)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/);
  });

  test("on a connection that answers nothing, a saved lesson shows after a short wait, by its address or its link, and says it is the saved copy", async ({ page, context }, testInfo) => {
    const press = pressFor(testInfo);
    await signUp(page, { email: uniqueEmail(testInfo, "lie-fi-reader"), name: "Lior Liefi" });
    const { lessonPath, title } = await openFirstLessonUntilSaved(page, press);
    const heading = page.getByRole("heading", { level: 1, name: title });

    // Online, the lesson is the server's: no notice.
    await page.goto(lessonPath);
    await expect(heading).toBeVisible();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await page.waitForTimeout(500);
    await expect(savedCopyNotice(page)).toHaveCount(0);

    // The connection stalls for lessons: their requests are never answered. Playwright cannot hold back
    // the browser's navigation preload, so the worker is made to fetch pages itself, as where there is none.
    await page.goto("/dashboard");
    await page.evaluate(async () => (await navigator.serviceWorker.ready).navigationPreload.disable());
    await context.route((url) => url.pathname.startsWith("/lessons/"), () => undefined);

    const loadStarted = Date.now();
    await page.goto(lessonPath);
    await expect(heading).toBeVisible({ timeout: 15_000 });
    expect(Date.now() - loadStarted).toBeGreaterThanOrEqual(4_000);
    await expect(savedCopyNotice(page)).toBeVisible();
    await expectNoA11yViolations(page);

    // A link tapped on the dashboard: Next's payload fetch stalls, then the page loads from the saved copy.
    await page.goto("/dashboard");
    await press(page.locator(`a[href="${lessonPath}"]`).first());
    await expect(heading).toBeVisible({ timeout: 15_000 });
    await expect(savedCopyNotice(page)).toBeVisible();
  });

  test("every lesson saved at once from the dashboard reads offline, even one never opened", async ({ page, context }, testInfo) => {
    const press = pressFor(testInfo);
    await signUp(page, { email: uniqueEmail(testInfo, "save-all-reader"), name: "Sami Saveall" });
    const readLinks = page.getByRole("link", { name: /^Read the lesson: / });
    const total = await readLinks.count();
    expect(total).toBeGreaterThan(1);
    const lastLessonPath = (await readLinks.last().getAttribute("href")) ?? "";
    const lastTitle = ((await readLinks.last().getAttribute("aria-label")) ?? "").replace("Read the lesson: ", "");

    // Offered once the worker has taken control of the page (on a first visit, after it starts).
    const status = page.getByRole("status").filter({ hasText: "lessons" });
    await expect(status).toHaveText(`Lessons you open are saved on this device, to read offline: 0 of ${total} so far.`, { timeout: 20_000 });
    // Every text the live status takes while saving: a screen reader reads each one out.
    await status.evaluate((region) => {
      const said: string[] = [];
      new MutationObserver(() => said.push(region.textContent ?? "")).observe(region, { childList: true, characterData: true, subtree: true });
      (window as unknown as { statusSaid: string[] }).statusSaid = said;
    });
    await press(page.getByRole("button", { name: "Save all lessons" }));
    await expect(status).toHaveText(`All ${total} lessons are saved on this device, to read offline.`, { timeout: 30_000 });
    const said = await page.evaluate(() => [...new Set((window as unknown as { statusSaid: string[] }).statusSaid)]);
    expect(said).toEqual(["Saving lessons to read offline…", `All ${total} lessons are saved on this device, to read offline.`]);
    await expect(status).toBeFocused();
    await expect(page.getByRole("button", { name: "Save all lessons" })).toHaveCount(0);
    await expectNoA11yViolations(page);

    await (await context.newCDPSession(page)).send("Network.clearBrowserCache");
    await context.setOffline(true);
    await page.goto(lastLessonPath);
    await expect(page.getByRole("heading", { level: 1, name: lastTitle })).toBeVisible();
    await expect(savedCopyNotice(page)).toBeVisible();
  });

  test("a practice quiz reloaded offline carries on with every answer given, and sends the new ones once back online", async ({ page, context }, testInfo) => {
    const press = pressFor(testInfo);
    await signUp(page, { email: uniqueEmail(testInfo, "quiz-offline"), name: "Quinn Quizoffline" });
    const { isSaved } = await startQuizUntilSaved(page, press, "module=all&count=5");

    // Two answers online, acknowledged after the page was saved: the saved copy does not hold them.
    const question = page.locator("section[data-item-type]");
    const saveStatus = page.locator("[data-save-status]");
    for (let step = 0; step < 2; step += 1) {
      await answerVisibleItem(page, question, press, testInfo);
      await press(page.getByRole("button", { name: "Check answer" }));
      await expect(question.getByRole("heading", { name: feedbackHeading })).toBeVisible();
      await expect(saveStatus).toHaveAttribute("data-save-status", "saved");
      await press(page.getByRole("button", { name: /Next question/ }));
    }

    await reloadQuizOffline(page, context, "Practice quiz");
    await press(page.getByRole("button", { name: "Previous question" }));
    await expect(question.getByRole("heading", { name: feedbackHeading })).toBeVisible();
    await press(page.getByRole("button", { name: /Next question/ }));

    // A third answer, offline: kept on this device, then sent once the connection is back.
    await answerVisibleItem(page, question, press, testInfo);
    await press(page.getByRole("button", { name: "Check answer" }));
    await expect(saveStatus).toHaveText(/1 answer kept on this device/);
    await context.setOffline(false);
    await expect(question.getByRole("heading", { name: feedbackHeading })).toBeVisible({ timeout: 20_000 });
    await expect(saveStatus).toHaveAttribute("data-save-status", "saved");
    await expect(page.getByText("3 answered", { exact: true })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /^Back online: / })).toBeVisible();

    // Finished: the result counts the three.
    page.once("dialog", (dialog) => void dialog.accept());
    await press(page.getByRole("button", { name: "Finish quiz" }));
    await page.waitForURL(/\/result$/);
    await expect(page.getByText("Practice finished.")).toBeVisible();
    await expect(page.getByTestId("quiz-score")).toHaveText(/^\d+\/5$/);
    await expectNothingKept(page, isSaved);
  });

  test("an assessment reloaded offline shows each answer as last changed on this device, and sends the ones changed offline once back online", async ({ page, context }, testInfo) => {
    const press = pressFor(testInfo);
    await signUp(page, { email: uniqueEmail(testInfo, "assess-offline"), name: "Ayla Assessoffline" });
    const { quizPath, isSaved } = await startQuizUntilSaved(page, press, "module=all&count=5&mode=assessment&types=true-false");
    const question = page.locator("section[data-item-type]");
    const saveStatus = page.locator("[data-save-status]");
    const choose = async (answer: "True" | "False") => {
      await press(question.getByRole("radio", { name: answer }));
      await press(page.getByRole("button", { name: "Save and next" }));
      await expect(saveStatus).toHaveAttribute("data-save-status", "saved");
    };
    const backToFirst = async () => {
      while (!(await page.getByRole("button", { name: "Previous question" }).isDisabled())) await press(page.getByRole("button", { name: "Previous question" }));
    };

    // The first answer "True", and a copy saved after it, as a visit hours later saves one.
    await choose("True");
    await page.evaluate(async (path) => (await caches.open("groundwork-pages-v1")).delete(path), quizPath);
    await page.reload();
    await expect.poll(isSaved, { timeout: 20_000 }).toBe(true);
    // Changed to "False" after that copy was saved, and a second answer.
    await backToFirst();
    await expect(question.getByRole("radio", { name: "True" })).toBeChecked();
    await choose("False");
    await choose("True");

    // Offline, the page is that copy: it shows the first answer as changed, not as saved.
    await reloadQuizOffline(page, context, "Assessment");
    await backToFirst();
    await expect(question.getByRole("radio", { name: "False" })).toBeChecked();

    // Changed back offline: kept on this device, then sent once the connection is back.
    await press(question.getByRole("radio", { name: "True" }));
    await press(page.getByRole("button", { name: "Save and next" }));
    await expect(saveStatus).toHaveText(/1 answer kept on this device/);
    await context.setOffline(false);
    await expect(saveStatus).toHaveAttribute("data-save-status", "saved", { timeout: 20_000 });
    // The notice no longer says there is no connection once an answer got through.
    await expect(page.getByRole("status").filter({ hasText: /^Back online: / })).toBeVisible();
    await expect(page.getByText("No connection, so this is the quiz", { exact: false })).toHaveCount(0);

    // The server's own page has it.
    await page.reload();
    await expect(page.getByRole("status").filter({ hasText: "this is the quiz as saved on this device" })).toHaveCount(0);
    await backToFirst();
    await expect(question.getByRole("radio", { name: "True" })).toBeChecked();

    // Submitted.
    page.once("dialog", (dialog) => void dialog.accept());
    await press(page.getByRole("button", { name: "Submit quiz" }));
    await page.waitForURL(/\/result$/);
    await expect(page.getByText("Assessment submitted.")).toBeVisible();
    await expectNothingKept(page, isSaved);
  });
});

test.describe("on a phone's home screen", () => {
  test("every icon the manifest lists, and the iOS home-screen icon, loads at the size it claims", async ({ page }) => {
    await page.goto("/");
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
    const manifest = (await (await page.request.get(manifestHref ?? "")).json()) as { icons: { src: string; sizes: string; type: string }[] };
    const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
    const icons = [...manifest.icons, { src: appleIcon ?? "", sizes: "180x180", type: "image/png" }];
    expect(icons.filter((icon) => icon.type === "image/png").map((icon) => icon.sizes)).toEqual(["192x192", "512x512", "512x512", "180x180"]);
    for (const icon of icons) {
      const response = await page.request.get(icon.src);
      expect(response.status(), icon.src).toBe(200);
      expect(response.headers()["content-type"], icon.src).toContain(icon.type);
      const width = await page.evaluate(async (src) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        return image.naturalWidth;
      }, icon.src);
      if (icon.sizes !== "any") expect(`${width}x${width}`, icon.src).toBe(icon.sizes);
    }
  });
});
