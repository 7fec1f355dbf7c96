import { expect, test, type Browser, type TestInfo } from "@playwright/test";
import { expectNoA11yViolations, signUp, uniqueEmail } from "./fixtures";
import { pressFor } from "./learner-helpers";
import { createClass, joinWithCode, newUserContext, setAssignment } from "./teacher-helpers";

/**
 * Keeping a class in order, on the desktop and the phone project: an
 * assignment set by mistake is deleted before anyone starts it, a finished
 * class is archived and deleted, a student leaves a class joined by mistake,
 * and a teacher leaving the school hands the class over to a colleague and
 * stops teaching it.
 */

/** A second person's browser, on the same kind of device as the test's own project. */
const contextLikeThisProject = (browser: Browser, testInfo: TestInfo) => newUserContext(browser, testInfo, testInfo.project.name === "phone" ? "phone" : "desktop");

test("a teacher deletes an assignment set by mistake, then the class at the end of the course; the student's lists follow", async ({ page, browser }, testInfo) => {
  // A teacher's and a student's journey, with axe on several pages: 40–55 s on two cores, too near the 60 s default.
  test.setTimeout(120_000);
  const press = pressFor(testInfo);
  const className = `Civics ${testInfo.project.name} ${Date.now().toString(36)}`;
  const title = "Wrong module";
  await signUp(page, { email: uniqueEmail(testInfo, "mistaken"), name: "Maryam Mistaken", role: "teacher" });
  const { classId, code } = await createClass(page, press, className);

  const studentContext = await contextLikeThisProject(browser, testInfo);
  const student = await studentContext.newPage();
  await signUp(student, { email: uniqueEmail(testInfo, "told"), name: "Tahir Told" });
  await joinWithCode(student, press, code, className);

  const assignmentId = await setAssignment(page, press, classId, { title, dueAt: new Date(Date.now() + 3 * 86_400_000) });
  await student.goto("/notifications");
  await expect(student.getByRole("link", { name: `New assignment: ${title}` })).toBeVisible();

  await press(page.getByText("Delete assignment", { exact: true }));
  await expect(page.getByText(`Delete ${title}? Students who were told about it will no longer see it.`)).toBeVisible();
  await expectNoA11yViolations(page);
  await press(page.getByRole("button", { name: "Yes, delete it" }));
  await page.waitForURL(`**/teach/classes/${classId}?notice=assignment-deleted`);
  await expect(page.locator("#class-notice")).toHaveText(/Assignment deleted/);
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  await expectNoA11yViolations(page);

  await student.reload();
  await expect(student.getByRole("link", { name: `New assignment: ${title}` })).toHaveCount(0);
  expect((await student.goto(`/assignments/${assignmentId}`))?.status()).toBe(404);

  // At the end of the course the class is archived, then deleted; with no class left, the account can go too.
  await press(page.getByText("Archive class", { exact: true }));
  await press(page.getByRole("button", { name: "Yes, archive it" }));
  await expect(page.locator("#class-notice")).toHaveText(/Class archived/);
  // Archived, the class offers nothing that works only while it is open, and the list of classes says none is current.
  await expect(page.getByRole("link", { name: "New assignment" })).toHaveCount(0);
  await expect(page.getByText("Get a new code", { exact: true })).toHaveCount(0);
  await page.goto("/teach");
  await expect(page.getByText("No current classes: create one for your next course.")).toBeVisible();
  await expect(page.getByText("You have no classes yet.")).toHaveCount(0);
  await press(page.getByRole("link", { name: className }));
  await press(page.getByText("Delete class", { exact: true }));
  await expect(page.getByText(`Delete ${className} for good? This cannot be undone.`)).toBeVisible();
  await expectNoA11yViolations(page);
  await press(page.getByRole("button", { name: "Yes, delete it" }));
  await page.waitForURL("**/teach?deleted=1");
  await expect(page.getByText("Class deleted.")).toBeVisible();
  await expect(page.getByRole("link", { name: className })).toHaveCount(0);
  await expectNoA11yViolations(page);
  await student.goto("/dashboard");
  await expect(student.getByText("You are not in a class yet.")).toBeVisible();
  await studentContext.close();
});

test("a teacher hands a class over to a co-teacher, stops teaching it, then deletes their account", async ({ page, browser }, testInfo) => {
  // Two teachers' journey, with axe on several pages: 45–60 s on two cores (once over the 60 s default, on CI).
  test.setTimeout(120_000);
  const press = pressFor(testInfo);
  const leaverEmail = uniqueEmail(testInfo, "leaver");
  const colleagueEmail = uniqueEmail(testInfo, "colleague");
  const className = `History ${testInfo.project.name} ${Date.now().toString(36)}`;

  const colleagueContext = await contextLikeThisProject(browser, testInfo);
  const colleague = await colleagueContext.newPage();
  await signUp(colleague, { email: colleagueEmail, name: "Farah Colleague", role: "teacher" });

  await signUp(page, { email: leaverEmail, name: "Leila Leaving", role: "teacher" });
  const { classId } = await createClass(page, press, className);

  // 1. While she owns a class the account cannot go: the page says what to do, with the way to each class, instead of the form.
  await page.goto("/account");
  const owned = page.getByRole("status").filter({ hasText: "You still own classes." });
  await expect(owned).toContainText("make a co-teacher the owner");
  await expect(owned.getByRole("list", { name: "Classes you own" }).getByRole("link", { name: className })).toHaveAttribute("href", `/teach/classes/${classId}`);
  await expect(page.getByRole("button", { name: "Delete my account" })).toHaveCount(0);
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

  // 3. As a co-teacher she stops teaching the class; then the account can go.
  await press(page.getByText("Stop teaching this class", { exact: true }));
  await expect(page.getByText(`Stop teaching ${className}? You lose access to its roster, assignments and results.`)).toBeVisible();
  await expectNoA11yViolations(page);
  await press(page.getByRole("button", { name: "Yes, stop teaching it" }));
  await page.waitForURL("**/teach?left=1");
  await expect(page.getByText("You no longer teach that class. Its owner has been told.")).toBeVisible();
  await expect(page.getByRole("link", { name: className })).toHaveCount(0);
  await expectNoA11yViolations(page);
  await page.goto("/account");
  await page.getByLabel("Type your email address to confirm").fill(leaverEmail);
  await press(page.getByRole("button", { name: "Delete my account" }));
  await page.waitForURL((url) => url.pathname === "/");

  // 4. The colleague is told both, and the class is hers alone.
  await colleague.goto("/notifications");
  await expect(colleague.getByRole("link", { name: `Leila Leaving stopped teaching ${className}` })).toBeVisible();
  await press(colleague.getByRole("link", { name: `You now own ${className}` }));
  await colleague.waitForURL(`**/teach/classes/${classId}`);
  const hers = colleague.getByRole("list", { name: "Teachers" }).getByRole("listitem");
  await expect(hers).toHaveCount(1);
  await expect(hers).toContainText("Farah Colleague · owner");
  await expect(colleague.getByLabel("Add a co-teacher")).toBeVisible();
  await expectNoA11yViolations(colleague);
  await colleagueContext.close();
});

test("a student leaves a class joined by mistake, and its teacher is told", async ({ page, browser }, testInfo) => {
  const press = pressFor(testInfo);
  const className = `Geography ${testInfo.project.name} ${Date.now().toString(36)}`;
  await signUp(page, { email: uniqueEmail(testInfo, "told-teacher"), name: "Tanvir Teacher", role: "teacher" });
  const { classId, code } = await createClass(page, press, className);

  const studentContext = await contextLikeThisProject(browser, testInfo);
  const student = await studentContext.newPage();
  await signUp(student, { email: uniqueEmail(testInfo, "wrong-class"), name: "Wajid Wrongclass" });
  await joinWithCode(student, press, code, className);
  await press(student.getByText(`Leave ${className}`, { exact: true }));
  await expect(student.getByText(`Leave ${className}? You stop seeing its assignments, and your teachers are told.`, { exact: false })).toBeVisible();
  await expectNoA11yViolations(student);
  await press(student.getByRole("button", { name: "Yes, leave the class" }));
  await student.waitForURL("**/join?left=1");
  await expect(student.locator("#join-notice")).toHaveText(/You left the class/);
  await expect(student.getByText("You are not in a class yet.")).toBeVisible();
  await expectNoA11yViolations(student);
  await studentContext.close();

  await page.goto("/notifications");
  await press(page.getByRole("link", { name: `Wajid Wrongclass left ${className}` }));
  await page.waitForURL(`**/teach/classes/${classId}`);
  await expect(page.getByText("No students yet.")).toBeVisible();
});
