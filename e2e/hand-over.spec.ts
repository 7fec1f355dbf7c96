import { expect, test } from "@playwright/test";
import { expectNoA11yViolations, signUp, uniqueEmail } from "./fixtures";
import { pressFor } from "./learner-helpers";
import { createClass, newUserContext } from "./teacher-helpers";

/**
 * A teacher leaving the school: deleting the account is refused while they
 * own a class; they add a colleague as co-teacher and make her the owner;
 * then the account goes. The colleague is told, and runs the class alone.
 * Runs on the desktop and the phone project.
 */
test("a teacher hands a class over to a co-teacher, then deletes their account", async ({ page, browser }, testInfo) => {
  const press = pressFor(testInfo);
  const leaverEmail = uniqueEmail(testInfo, "leaver");
  const colleagueEmail = uniqueEmail(testInfo, "colleague");
  const className = `History ${testInfo.project.name} ${Date.now().toString(36)}`;

  const colleagueContext = await newUserContext(browser, testInfo, testInfo.project.name === "phone" ? "phone" : "desktop");
  const colleague = await colleagueContext.newPage();
  await signUp(colleague, { email: colleagueEmail, name: "Farah Colleague", role: "teacher" });

  await signUp(page, { email: leaverEmail, name: "Leila Leaving", role: "teacher" });
  const { classId } = await createClass(page, press, className);

  // 1. Deleting the account is refused, and the message says what to do.
  const deleteAccount = async () => {
    await page.goto("/account");
    await page.getByLabel("Type your email address to confirm").fill(leaverEmail);
    await press(page.getByRole("button", { name: "Delete my account" }));
  };
  await deleteAccount();
  await expect(page.getByRole("alert").filter({ hasText: "You still own classes." })).toContainText("make them the owner");
  await expectNoA11yViolations(page);

  // 2. The colleague becomes a co-teacher, then the owner.
  await page.goto(`/teach/classes/${classId}`);
  await page.getByLabel("Add a co-teacher").fill(colleagueEmail);
  await press(page.getByRole("button", { name: "Add co-teacher" }));
  await expect(page.locator("#class-notice")).toHaveText(/Co-teacher added/);
  await press(page.getByText("Make Farah Colleague the owner", { exact: true }));
  await expect(page.getByText(/Hand this class over to Farah Colleague\?/)).toBeVisible();
  await expectNoA11yViolations(page);
  await press(page.getByRole("button", { name: "Yes, hand it to Farah Colleague" }));
  await expect(page.locator("#class-notice")).toHaveText(/Class handed over/);
  const teachers = page.getByRole("list", { name: "Teachers" });
  await expect(teachers.getByRole("listitem").filter({ hasText: "Farah Colleague" })).toContainText("owner");
  await expect(teachers.getByRole("listitem").filter({ hasText: "Leila Leaving" })).toContainText("co-teacher");
  await expect(page.getByText("Only the class owner can add or remove co-teachers, or hand the class over.")).toBeVisible();
  await expect(page.getByText("Archive class", { exact: true })).toHaveCount(0);
  await expectNoA11yViolations(page);

  // 3. Now the account can go.
  await deleteAccount();
  await page.waitForURL((url) => url.pathname === "/");

  // 4. The colleague is told, and the class is hers alone.
  await colleague.goto("/notifications");
  await press(colleague.getByRole("link", { name: `You now own ${className}` }));
  await colleague.waitForURL(`**/teach/classes/${classId}`);
  const hers = colleague.getByRole("list", { name: "Teachers" }).getByRole("listitem");
  await expect(hers).toHaveCount(1);
  await expect(hers).toContainText("Farah Colleague · owner");
  await expect(colleague.getByLabel("Add a co-teacher")).toBeVisible();
  await expectNoA11yViolations(colleague);
  await colleagueContext.close();
});
