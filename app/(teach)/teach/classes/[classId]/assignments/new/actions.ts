"use server";

import { redirect } from "next/navigation";
import type { AssignmentField, AssignmentFormState } from "@/components/assignments/types";
import { authorizeAction } from "@/lib/server/auth/guards";
import { isAppError, userMessageFor } from "@/lib/server/errors";
import { createAssignment } from "@/lib/server/services/teach/assignments/create-assignment";
import { createAssignmentSchema } from "@/lib/validation/assignments";
import { firstFieldErrors } from "@/lib/validation/auth";
import { timeZoneSchema } from "@/lib/validation/learn";
import { learnerTimeZone } from "../../../../../../(learn)/learner-time-zone";

const CHECK_FIELDS = "Check the highlighted fields.";

/** The form's fields as the service's input: numbers as numbers, empty optional fields left out. */
function inputFrom(formData: FormData, timeZone: string | undefined) {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value.trim() : "";
  };
  const list = (name: string) => formData.getAll(name).filter((value): value is string => typeof value === "string");
  const number = (name: string) => (text(name) === "" ? Number.NaN : Number(text(name)));
  return {
    title: text("title").slice(0, 200),
    moduleSlugs: list("moduleSlugs"),
    itemCount: number("itemCount"),
    types: list("types"),
    mode: text("mode"),
    attemptsAllowed: number("attemptsAllowed"),
    timeLimitMinutes: text("timeLimitMinutes") === "" ? null : number("timeLimitMinutes"),
    ...(text("opensAt") ? { opensAt: text("opensAt") } : {}),
    dueAt: text("dueAt"),
    showAnswersAfterDue: text("showAnswersAfterDue") === "after_due",
    // A cookie with an unknown zone is ignored (UTC) rather than reported against a field the form does not have.
    ...(timeZoneSchema.safeParse(timeZone).success ? { timeZone } : {}),
  };
}

/**
 * Sets an assignment for the class (bound to its id by the page) and opens
 * its page. Every field is checked at once so the teacher sees all problems
 * together; the service checks again, plus what needs the database (live
 * modules, enough questions). Authorises again: an action is a public endpoint.
 */
export async function createAssignmentAction(classId: string, _previous: AssignmentFormState, formData: FormData): Promise<AssignmentFormState> {
  const input = inputFrom(formData, await learnerTimeZone());
  const values: AssignmentFormState["values"] = {
    title: input.title,
    moduleSlugs: input.moduleSlugs,
    itemCount: String(formData.get("itemCount") ?? ""),
    types: input.types,
    mode: input.mode,
    attemptsAllowed: String(formData.get("attemptsAllowed") ?? ""),
    timeLimitMinutes: String(formData.get("timeLimitMinutes") ?? ""),
    opensAt: input.opensAt ?? "",
    dueAt: input.dueAt,
    showAnswersAfterDue: input.showAnswersAfterDue ? "after_due" : "on_submit",
  };
  const parsed = createAssignmentSchema(new Date()).safeParse(input);
  if (!parsed.success) return { ok: false, message: CHECK_FIELDS, fieldErrors: firstFieldErrors<AssignmentField>(parsed.error), values };

  let assignmentId: string;
  try {
    const teacher = await authorizeAction(["teacher", "admin"]);
    assignmentId = (await createAssignment(teacher, classId, input)).id;
  } catch (error) {
    if (isAppError(error) && error.field) {
      return { ok: false, message: CHECK_FIELDS, fieldErrors: { [error.field.split(".")[0] as AssignmentField]: error.message }, values };
    }
    return { ok: false, message: userMessageFor(error, "create-assignment"), values };
  }
  redirect(`/teach/classes/${encodeURIComponent(classId)}/assignments/${assignmentId}?created=1`);
}
