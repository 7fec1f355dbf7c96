import { expect, test, type APIRequestContext, type APIResponse, type Browser, type TestInfo } from "@playwright/test";
import { signUp, uniqueEmail } from "./fixtures";
import { answerWithFirstOption, click, createClass, joinWithCode, newUserContext, setAssignment, startAssignment } from "./teacher-helpers";

/**
 * The IDOR suite over HTTP (issue #6): with real sessions, every id-bearing
 * page and route of teacher A's class, assignment and student's attempt is
 * requested by another student, by another teacher and signed out. Each
 * request must be refused (404 or 403; a redirect to sign-in, or 401 for the
 * JSON API, when signed out) and no body may carry the class's data. The
 * service-level suite (tests/integration/security) covers every service
 * verb, server actions' included.
 */

type Target = { label: string; send: (request: APIRequestContext) => Promise<APIResponse> };

async function signedUpRequest(browser: Browser, testInfo: TestInfo, label: string, name: string, role?: "teacher") {
  const context = await newUserContext(browser, testInfo, "desktop");
  const page = await context.newPage();
  const email = uniqueEmail(testInfo, label);
  await signUp(page, { email, name, role });
  return { context, page, email };
}

test("another student, another teacher and a signed-out visitor are refused every id of someone else's", async ({ browser }, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "one run is enough: it tests the server, not the screen");
  test.setTimeout(180_000);
  const stamp = Date.now().toString(36);
  const className = `Private class ${stamp}`;
  const title = `Private assignment ${stamp}`;

  // Teacher A's class and assignment; student S1 joins and answers the first question.
  const teacherA = await signedUpRequest(browser, testInfo, "teacher-a", "Teacher Alif", "teacher");
  const { classId, code } = await createClass(teacherA.page, click, className);
  const assignmentId = await setAssignment(teacherA.page, click, classId, { title, dueAt: new Date(Math.ceil((Date.now() + 86_400_000) / 60_000) * 60_000) });
  const s1 = await signedUpRequest(browser, testInfo, "s1", `Sitara ${stamp}`);
  await joinWithCode(s1.page, click, code, className);
  const attemptId = await startAssignment(s1.page, click, assignmentId);
  await answerWithFirstOption(s1.page, click);

  // What the owner sees, and an answer valid in every way but who sends it.
  const ownView = await s1.page.request.get(`/api/attempts/${attemptId}`);
  expect(ownView.status()).toBe(200);
  const view = (await ownView.json()) as { answeredCount: number; items: { position: number; item: { options?: { id: string }[] } }[] };
  expect(view.answeredCount).toBe(1);
  const secondItem = view.items[1];
  const answer = { position: secondItem?.position, response: { optionId: secondItem?.item.options?.[0]?.id }, idempotencyKey: `idor-${stamp}-answer` };

  const teacherB = await signedUpRequest(browser, testInfo, "teacher-b", "Teacher Bari", "teacher");
  const { classId: otherClassId } = await createClass(teacherB.page, click, `Other class ${stamp}`);
  const s2 = await signedUpRequest(browser, testInfo, "s2", "Student Sabir");
  const anonymous = await newUserContext(browser, testInfo, "desktop");

  const pages = [
    `/quiz/${attemptId}`,
    `/quiz/${attemptId}/result`,
    // A history page after S1's attempt would tell another learner which of their own quizzes are older than it.
    `/progress/history?before=${attemptId}`,
    `/assignments/${assignmentId}`,
    `/teach/classes/${classId}`,
    `/teach/classes/${classId}/gradebook`,
    `/teach/classes/${classId}/analysis`,
    `/teach/classes/${classId}/assignments/new`,
    `/teach/classes/${classId}/assignments/${assignmentId}`,
    // Teacher B's own class in the path does not make class A's assignment theirs.
    `/teach/classes/${otherClassId}/assignments/${assignmentId}`,
    `/teach/attempts/${attemptId}`,
    `/teach/assignments/${assignmentId}/analysis`,
  ];
  const routes = [
    `/teach/classes/${classId}/gradebook/export?rows=assignments`,
    `/teach/classes/${classId}/gradebook/export?rows=responses`,
    `/api/attempts/${attemptId}`,
  ];
  const targets: Target[] = [
    ...[...pages, ...routes].map((path) => ({ label: `GET ${path}`, send: (request: APIRequestContext) => request.get(path) })),
    { label: `POST /api/attempts/${attemptId}/answers`, send: (request) => request.post(`/api/attempts/${attemptId}/answers`, { data: answer }) },
  ];
  // Nothing of the class, its assignment, its student or its code may come back.
  const secrets = [className, title, s1.email, `Sitara ${stamp}`, code, code.replace("-", "")];

  // Every refusal is collected, so one run lists every route that lets something through.
  const problems: string[] = [];
  const checkBody = async (who: string, target: Target, response: APIResponse) => {
    const body = await response.text();
    const leaked = secrets.filter((secret) => body.includes(secret));
    if (leaked.length > 0) problems.push(`${who}: ${target.label} shows ${leaked.join(", ")}`);
  };
  for (const [who, request] of [["another student", s2.page.request], ["another teacher", teacherB.page.request]] as const) {
    for (const target of targets) {
      const response = await target.send(request);
      if (![403, 404].includes(response.status())) problems.push(`${who}: ${target.label} gave ${response.status()}, not 403/404`);
      await checkBody(who, target, response);
    }
  }
  for (const target of targets) {
    const response = await target.send(anonymous.request);
    const isApi = target.label.includes(" /api/");
    const outcome = isApi ? String(response.status()) : new URL(response.url()).pathname;
    if (outcome !== (isApi ? "401" : "/sign-in")) problems.push(`signed out: ${target.label} gave ${outcome}, not ${isApi ? "401" : "a redirect to sign-in"}`);
    await checkBody("signed out", target, response);
  }
  expect(problems).toEqual([]);

  // The refused answer left the attempt as it was; its owner and teacher still reach it.
  const after = (await (await s1.page.request.get(`/api/attempts/${attemptId}`)).json()) as { answeredCount: number; status: string };
  expect(after).toMatchObject({ answeredCount: 1, status: "in_progress" });
  const teacherView = await teacherA.page.request.get(`/teach/attempts/${attemptId}`);
  expect(teacherView.status()).toBe(200);
  expect(await teacherView.text()).toContain(`Sitara ${stamp}`);

  for (const context of [teacherA.context, s1.context, teacherB.context, s2.context, anonymous]) await context.close();
});
