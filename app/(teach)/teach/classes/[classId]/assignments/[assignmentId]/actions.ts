"use server";

import { redirect } from "next/navigation";
import type { DueDateFormState } from "@/components/assignments/due-date-form";
import { authorizeAction } from "@/lib/server/auth/guards";
import { isAppError, userMessageFor } from "@/lib/server/errors";
import { changeDueDate } from "@/lib/server/services/teach/assignments/change-due-date";
import { deleteAssignment } from "@/lib/server/services/teach/assignments/delete-assignment";
import { changeDueDateSchema } from "@/lib/validation/assignments";
import { firstFieldErrors } from "@/lib/validation/auth";
import type { FormState } from "@/lib/validation/classes";

/**
 * Moves the assignment's due date (ids bound by the page), then shows its
 * page with a notice. The date is read in the zone the form showed it in;
 * the service checks everything again, plus what needs the database.
 * Authorises again: an action is a public endpoint.
 */
export async function changeDueDateAction(classId: string, assignmentId: string, _previous: DueDateFormState, formData: FormData): Promise<DueDateFormState> {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value.trim().slice(0, 64) : "";
  };
  const input = { dueAt: text("dueAt"), ...(text("timeZone") ? { timeZone: text("timeZone") } : {}) };
  const values = { dueAt: input.dueAt };
  const parsed = changeDueDateSchema(new Date()).safeParse(input);
  if (!parsed.success) {
    const errors = firstFieldErrors<"dueAt" | "timeZone">(parsed.error);
    return errors.dueAt ? { ok: false, fieldErrors: { dueAt: errors.dueAt }, values } : { ok: false, message: "We could not read that date. Reload the page and try again.", values };
  }
  try {
    const teacher = await authorizeAction(["teacher", "admin"]);
    await changeDueDate(teacher, assignmentId, input);
  } catch (error) {
    const message = userMessageFor(error, "change-due-date");
    return isAppError(error) && error.field === "dueAt" ? { ok: false, fieldErrors: { dueAt: message }, values } : { ok: false, message, values };
  }
  redirect(`/teach/classes/${encodeURIComponent(classId)}/assignments/${encodeURIComponent(assignmentId)}?due-changed=1`);
}

/** Deletes the assignment (its id bound by the page), then shows its class with a notice; a refusal's message stays on the page. */
export async function deleteAssignmentAction(assignmentId: string): Promise<FormState> {
  let classId: string;
  try {
    const teacher = await authorizeAction(["teacher", "admin"]);
    ({ classId } = await deleteAssignment(teacher, assignmentId));
  } catch (error) {
    return { ok: false, message: userMessageFor(error, "delete-assignment") };
  }
  redirect(`/teach/classes/${encodeURIComponent(classId)}?notice=assignment-deleted`);
}
