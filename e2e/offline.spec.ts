import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, signUp, uniqueEmail } from "./fixtures";
import { pressFor } from "./learner-helpers";

test.describe("reading offline", () => {
  test("a lesson opened online reads offline, other pages say they need a connection, and signing out forgets the lesson", async ({ page, context }, testInfo) => {
    const press = pressFor(testInfo);
    await signUp(page, { email: uniqueEmail(testInfo, "offline-reader"), name: "Oona Offline" });

    // Opened from the dashboard, as a learner would (a client-side navigation, not a page load).
    const lessonLink = page.locator('a[href^="/lessons/"]').first();
    const lessonPath = (await lessonLink.getAttribute("href")) ?? "";
    await press(lessonLink);
    await page.waitForURL(`**${lessonPath}`);
    const title = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
    expect(title).not.toBe("");
    await expect(page).toHaveTitle(`${title} · Groundwork`);

    // The offline page lists it once the worker has saved it (in the background, so wait).
    await expect(async () => {
      await page.goto("/offline");
      await expect(page.getByRole("link", { name: title })).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 20_000 });
    await expectNoA11yViolations(page);

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
    await page.waitForLoadState("load");
    expect(missingBuildFiles).toEqual([]);
    await expectNoA11yViolations(page);

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
});
