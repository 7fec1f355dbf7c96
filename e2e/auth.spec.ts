import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations, fillSignIn, signUp, strongPassword, uniqueEmail } from "./fixtures";

// The sign-in form's own alert (Next's route announcer is a second role=alert on the page).
function signInError(page: Page) {
  return page.getByRole("alert").filter({ has: page.locator("#sign-in-error") });
}

test.describe("accounts", () => {
  test("a student signs up, signs out and signs in again", async ({ page }, testInfo) => {
    const email = uniqueEmail(testInfo, "student");
    await page.goto("/sign-up");
    await expectNoA11yViolations(page);
    await signUp(page, { email, name: "Amina Student" });
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Amina");
    await expectNoA11yViolations(page);

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

    await page.goto("/sign-in");
    await expectNoA11yViolations(page);
    await fillSignIn(page, email, strongPassword);
    await page.waitForURL("**/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Amina");
  });

  test("the header navigates and marks the page you are on, by its menu on a phone", async ({ page }, testInfo) => {
    await signUp(page, { email: uniqueEmail(testInfo, "nav"), name: "Nadia Navigator" });
    const isPhone = testInfo.project.name === "phone";
    const openNav = async () => {
      if (isPhone) await page.locator("summary").filter({ hasText: "Menu" }).click();
      return page.getByRole("navigation", { name: "Main" });
    };
    let nav = await openNav();
    await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
    await nav.getByRole("link", { name: "Progress" }).click();
    await page.waitForURL("**/progress");
    nav = await openNav();
    await expect(nav.getByRole("link", { name: "Progress" })).toHaveAttribute("aria-current", "page");
    await expect(nav.getByRole("link", { name: "Dashboard" })).not.toHaveAttribute("aria-current", "page");
    await expectNoA11yViolations(page);
    if (!isPhone) return;

    // The menu closes as menus do: Escape hands focus back to its button, a tap outside dismisses it.
    const menuButton = page.locator("summary").filter({ hasText: "Menu" });
    await page.keyboard.press("Escape");
    await expect(nav).toBeHidden();
    await expect(menuButton).toBeFocused();
    nav = await openNav();
    await expect(nav).toBeVisible();
    // The open menu covers the page's top, so the tap lands at the bottom of the screen.
    const viewport = page.viewportSize();
    if (!viewport) throw new Error("no viewport");
    await page.mouse.click(10, viewport.height - 10);
    await expect(nav).toBeHidden();
    await expect(page).toHaveURL(/\/progress$/);

    // At 320 px (WCAG reflow), where "Menu" wraps beside "Sign out", the whole menu is on screen.
    await page.setViewportSize({ width: 320, height: 640 });
    nav = await openNav();
    const box = await nav.boundingBox();
    expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 999)).toBeLessThanOrEqual(320);
  });

  test.describe("in Karachi", () => {
    test.use({ timezoneId: "Asia/Karachi" });
    test("the server learns the browser's time zone on the first pages, before any quiz", async ({ page, context }, testInfo) => {
      await signUp(page, { email: uniqueEmail(testInfo, "zone"), name: "Zara Zone" });
      // Dates, streaks and "due today" follow the zone this cookie names.
      await expect.poll(async () => (await context.cookies()).find((cookie) => cookie.name === "gw-tz")?.value).toBe(encodeURIComponent("Asia/Karachi"));
    });
  });

  test("a teacher signs up and reaches the teaching page", async ({ page }, testInfo) => {
    await signUp(page, { email: uniqueEmail(testInfo, "teacher"), name: "Tariq Teacher", role: "teacher" });
    await page.goto("/teach");
    await expect(page.getByRole("heading", { name: "Your classes" })).toBeVisible();
    await expectNoA11yViolations(page);
  });

  test("a wrong password and an unknown email get the same message", async ({ page }, testInfo) => {
    const email = uniqueEmail(testInfo, "wrongpw");
    await signUp(page, { email, name: "Wrong Password" });
    await page.context().clearCookies();

    await page.goto("/sign-in");
    await fillSignIn(page, email, "not the right password");
    const wrongPassword = signInError(page);
    await expect(wrongPassword).toBeVisible();
    const message = await wrongPassword.innerText();
    await expectNoA11yViolations(page);

    await page.goto("/sign-in");
    await fillSignIn(page, uniqueEmail(testInfo, "nobody"), "not the right password");
    await expect(signInError(page)).toHaveText(message);
  });

  test("repeated failures are throttled and the message says when to try again", async ({ page }, testInfo) => {
    const email = uniqueEmail(testInfo, "throttle");
    await signUp(page, { email, name: "Throttled" });
    await page.context().clearCookies();
    await page.goto("/sign-in");
    for (let attempt = 0; attempt < 6; attempt += 1) {
      await fillSignIn(page, email, `wrong password ${attempt}`);
      // The form clears the password once its answer arrives: typing before that would be wiped.
      await expect(page.getByRole("button", { name: /^sign in$/i })).toBeEnabled();
      await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
      await expect(signInError(page)).toBeVisible();
    }
    await expect(signInError(page)).toContainText(/try again in/i);
    // Even the right password is refused while the account is throttled.
    await fillSignIn(page, email, strongPassword);
    await expect(signInError(page)).toContainText(/try again in/i);
    await expectNoA11yViolations(page);
  });

  test("after sign-out a copy of the old session cookie no longer works", async ({ page, browser }, testInfo) => {
    await signUp(page, { email: uniqueEmail(testInfo, "signout"), name: "Copied Cookie" });
    const oldCookies = await page.context().cookies();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL((url) => url.pathname === "/");
    await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);

    const thief = await browser.newContext();
    await thief.addCookies(oldCookies);
    const stolen = await thief.newPage();
    await stolen.goto("/dashboard");
    await expect(stolen).toHaveURL(/\/sign-in/);
    await thief.close();
  });

  test("a student corrects the name they signed up with", async ({ page }, testInfo) => {
    await signUp(page, { email: uniqueEmail(testInfo, "rename"), name: "Amna Typo" });
    await page.goto("/account");
    const name = page.getByLabel("Name", { exact: true });
    await expect(name).toHaveValue("Amna Typo");
    await name.fill(" ");
    await page.getByRole("button", { name: "Save name" }).click();
    await expect(page.getByText("Enter your name.")).toBeVisible();
    await expect(name).toBeFocused();
    await expectNoA11yViolations(page);

    await name.fill("Amina  Khan");
    await page.getByRole("button", { name: "Save name" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your name is now Amina Khan." })).toBeVisible();
    await expect(name).toHaveValue("Amina Khan");
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Amina Khan");
  });

  test("changing the password keeps this device signed in, signs the others out and retires the old password", async ({ page, browser }, testInfo) => {
    const email = uniqueEmail(testInfo, "newpw");
    const newPassword = "seven quiet herons at dusk";
    await signUp(page, { email, name: "Parveen Password" });
    const laptopContext = await browser.newContext();
    const laptop = await laptopContext.newPage();
    await laptop.goto("/sign-in");
    await fillSignIn(laptop, email, strongPassword);
    await laptop.waitForURL("**/dashboard");

    await page.goto("/account");
    const fillChange = async (current: string) => {
      await page.getByLabel("Current password").fill(current);
      await page.getByLabel("New password", { exact: true }).fill(newPassword);
      await page.getByLabel("New password again").fill(newPassword);
      await page.getByRole("button", { name: "Change password" }).click();
    };
    await fillChange("not my password");
    await expect(page.getByText("That is not your current password.")).toBeVisible();
    await expect(page.getByLabel("Current password")).toBeFocused();
    // Only the wrong field is to be typed again: the new password stays.
    await expect(page.getByLabel("New password", { exact: true })).toHaveValue(newPassword);
    await expect(page.getByLabel("New password again")).toHaveValue(newPassword);
    await expectNoA11yViolations(page);

    await fillChange(strongPassword);
    await expect(page.getByRole("status").filter({ hasText: "Your password is changed." })).toBeVisible();
    await expect(page.getByLabel("New password", { exact: true })).toHaveValue("");
    await expectNoA11yViolations(page);
    await page.goto("/dashboard");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Parveen");

    await laptop.goto("/dashboard");
    await expect(laptop).toHaveURL(/\/sign-in/);
    await fillSignIn(laptop, email, strongPassword);
    await expect(signInError(laptop)).toBeVisible();
    await fillSignIn(laptop, email, newPassword);
    await laptop.waitForURL("**/dashboard");
    await laptopContext.close();
  });

  test("a protected page sends a signed-out visitor to sign in, and back after", async ({ page }, testInfo) => {
    const email = uniqueEmail(testInfo, "redirect");
    await signUp(page, { email, name: "Round Trip" });
    await page.context().clearCookies();
    await page.goto("/dashboard");
    await expect(page).toHaveURL(/\/sign-in/);
    await fillSignIn(page, email, strongPassword);
    await page.waitForURL("**/dashboard");
  });

  test("a student opening a teacher page gets the 403 page", async ({ page }, testInfo) => {
    await signUp(page, { email: uniqueEmail(testInfo, "nosy"), name: "Nosy Student" });
    const response = await page.goto("/teach");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
    await expectNoA11yViolations(page);
  });

  test("the landing page explains the product", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoA11yViolations(page);
  });
});
