import { expect, test, type Page } from "@playwright/test";
import { expectNoA11yViolations, fillSignIn, signUp, strongPassword, uniqueEmail } from "./fixtures";
import { pressFor } from "./learner-helpers";

/**
 * Journey 1 of the teacher's side: a teacher creates a class and sees its
 * code; one student joins by typing the code (messily, as on a phone),
 * another opens the join link while signed out and signs up on the way; the
 * teacher sees both on the roster and removes one, who then no longer has
 * the class. Runs on the desktop and the phone project.
 */

const shots = "test-results/screenshots/classes";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  // Sign-out ends on the home page; waiting for any other page could pass before the session is gone.
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
}

test("a teacher creates a class; students join by code and by link; the teacher removes one", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const press = pressFor(testInfo);
  const shoot = (name: string) => page.screenshot({ path: `${shots}/${testInfo.project.name}-${name}.png`, fullPage: true });
  const teacherEmail = uniqueEmail(testInfo, "teacher");
  const className = `History ${testInfo.project.name} ${Date.now().toString(36)}`;

  // 1. The teacher's empty class list explains what to do; the form creates a class and opens it.
  await signUp(page, { email: teacherEmail, name: "Tariq Teacher", role: "teacher" });
  await page.goto("/teach");
  await expect(page.getByText("You have no classes yet.")).toBeVisible();
  await expectNoA11yViolations(page);
  await shoot("01-teach-empty");

  await press(page.getByRole("link", { name: "Create a class" }));
  await page.waitForURL("**/teach/classes/new");
  await press(page.getByRole("button", { name: "Create class" }));
  await expect(page.getByText("Name the class.")).toBeVisible();
  await expect(page.getByLabel("Class name")).toBeFocused();
  await expectNoA11yViolations(page);
  await page.getByLabel("Class name").fill(className);
  await page.getByLabel(/Description/).fill("Pakistan and the United States since 1947.");
  await press(page.getByRole("button", { name: "Create class" }));
  await page.waitForURL(/\/teach\/classes\/(?!new)[^/?]+\?notice=created/);
  await expect(page.getByRole("heading", { level: 1, name: className })).toBeVisible();
  await expect(page.locator("#class-notice")).toHaveText(/Class created/);
  const code = (await page.locator("#join-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
  const joinLink = (await page.locator("#join-link").getAttribute("href")) ?? "";
  expect(joinLink).toMatch(new RegExp(`/join/${code}$`));
  const classUrl = page.url().split("?")[0] ?? "";
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await press(page.getByRole("button", { name: "Copy code" }));
  await expect(page.locator("#copy-status")).toHaveText("Code copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  await expect(page.getByText("No students yet.")).toBeVisible();
  await expectNoA11yViolations(page);
  await shoot("02-class-new");
  await signOut(page);

  // 2. A student types the code in lower case with a space instead of the dash, after one typo.
  await signUp(page, { email: uniqueEmail(testInfo, "amna"), name: "Amna Student" });
  await page.goto("/join");
  await expect(page.getByText("You are not in a class yet.")).toBeVisible();
  await expectNoA11yViolations(page);
  await page.getByLabel("Class code").fill("ABCD-EFG0");
  await press(page.getByRole("button", { name: "Join class" }));
  await expect(page.getByText(/never contain the letters O, I, L or U/)).toBeVisible();
  await expect(page.getByLabel("Class code")).toBeFocused();
  await expectNoA11yViolations(page);
  await page.getByLabel("Class code").fill(code.toLowerCase().replace("-", " "));
  await press(page.getByRole("button", { name: "Join class" }));
  await expect(page.locator("#join-notice")).toHaveText(`You joined ${className}. Your teacher can now set you assignments.`);
  await expect(page.getByRole("link", { name: "See your assignments on the dashboard" })).toHaveAttribute("href", "/dashboard");
  await expect(page.getByRole("list", { name: "Your classes" })).toContainText(className);
  await expect(page.getByRole("list", { name: "Your classes" })).toContainText("Taught by Tariq Teacher");
  await expectNoA11yViolations(page);
  await shoot("03-join-done");
  await signOut(page);

  // 3. Another student opens the join link signed out, creates an account on the way, and confirms.
  await page.goto(joinLink);
  await page.waitForURL(/\/sign-in\?next=/);
  await expect(page.getByText("Sign in to join the class you were invited to.", { exact: false })).toBeVisible();
  // The header's links, too, lead back to the class once the account is there.
  const toJoin = `?next=${encodeURIComponent(`/join/${code}`)}`;
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign up" })).toHaveAttribute("href", `/sign-up${toJoin}`);
  await press(page.getByRole("link", { name: "Create an account" }));
  await page.waitForURL(/\/sign-up\?next=/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toHaveAttribute("href", `/sign-in${toJoin}`);
  await expect(page.getByText("Once it is made, you can join the class you were invited to.", { exact: false })).toBeVisible();
  await page.getByLabel("Name").fill("Bilal Student");
  await page.getByLabel("Email").fill(uniqueEmail(testInfo, "bilal"));
  await page.getByLabel("Password", { exact: true }).fill(strongPassword);
  await press(page.getByRole("button", { name: /create account/i }));
  await page.waitForURL(`**/join/${code}`);
  // Opening the link joined nothing: the page asks first.
  await expect(page.getByRole("heading", { level: 1, name: `Join ${className}` })).toBeVisible();
  await expect(page.getByText("Taught by Tariq Teacher.")).toBeVisible();
  await expectNoA11yViolations(page);
  await shoot("04-join-link");
  await press(page.getByRole("button", { name: `Join ${className}` }));
  await expect(page.locator("#join-notice")).toHaveText(new RegExp(`You joined ${className}`));
  await signOut(page);

  // 4. The teacher sees both on the roster and removes Amna, after confirming.
  await page.goto("/sign-in");
  await fillSignIn(page, teacherEmail, strongPassword);
  await page.waitForURL("**/dashboard");
  await page.goto("/teach");
  await expect(page.getByRole("list", { name: "Current classes" })).toContainText("2 students");
  await expectNoA11yViolations(page);
  await shoot("05-teach-list");
  await page.goto(classUrl);
  const roster = page.getByRole("list", { name: /Students/ });
  await expect(roster.getByText("Amna Student", { exact: true })).toBeVisible();
  await expect(roster.getByText("Bilal Student", { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);
  await shoot("06-class-roster");
  await press(page.getByText("Remove Amna Student", { exact: true }));
  await expect(page.getByRole("button", { name: "Yes, remove Amna Student" })).toBeVisible();
  await expectNoA11yViolations(page);
  await press(page.getByRole("button", { name: "Yes, remove Amna Student" }));
  await expect(page.locator("#class-notice")).toHaveText("Student removed from the class. They have been told, and the class code lets them back in.");
  await expect(roster.getByText("Amna Student", { exact: true })).toHaveCount(0);
  await expect(roster.getByText("Bilal Student", { exact: true })).toBeVisible();
  await expectNoA11yViolations(page);

  // 5. A new code: the old link stops working.
  await press(page.getByText("Get a new code", { exact: true }));
  await press(page.getByRole("button", { name: "Yes, make a new code" }));
  await expect(page.locator("#class-notice")).toHaveText(/New code made/);
  await expect(page.locator("#join-code")).not.toHaveText(code);

  // 6. A co-teacher invitation for an email with no teacher account says so, next to the field.
  await page.getByLabel("Add a co-teacher").fill("nobody-here@example.test");
  await press(page.getByRole("button", { name: "Add co-teacher" }));
  await expect(page.getByText(/No teacher account uses that email/)).toBeVisible();
  await expectNoA11yViolations(page);
});
