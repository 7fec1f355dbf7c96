"use server";

import { redirect } from "next/navigation";
import type { ClassNoticeKey } from "@/components/teach/class-notice";
import { authorizeAction } from "@/lib/server/auth/guards";
import type { SessionUser } from "@/lib/server/auth/session";
import { isAppError, userMessageFor } from "@/lib/server/errors";
import { addCoTeacher } from "@/lib/server/services/teach/classes/add-co-teacher";
import { archiveClass } from "@/lib/server/services/teach/classes/archive-class";
import { deleteClass } from "@/lib/server/services/teach/classes/delete-class";
import { handOverClass } from "@/lib/server/services/teach/classes/hand-over-class";
import { removeCoTeacher } from "@/lib/server/services/teach/classes/remove-co-teacher";
import { removeStudent } from "@/lib/server/services/teach/classes/remove-student";
import { restoreClass } from "@/lib/server/services/teach/classes/restore-class";
import { rotateJoinCode } from "@/lib/server/services/teach/classes/rotate-join-code";
import { stopCoTeaching } from "@/lib/server/services/teach/classes/stop-co-teaching";
import { formFields } from "@/lib/validation/auth";
import { recordIdSchema, type FormState } from "@/lib/validation/classes";

type Fields = Record<"classId" | "studentId" | "teacherId" | "email", string | undefined>;

/** Where a successful action goes: back to the class page with a notice, or (the class is gone, or no longer theirs) to the class list. */
type Destination = ClassNoticeKey | { to: string };

/**
 * The class page's actions. Each authorises again (an action is a public
 * POST endpoint) and calls one service, which checks that the user teaches
 * the class. Success redirects back to the class page with a notice (a
 * deleted class: to the class list); a refusal returns its message to the form.
 */
async function runClassAction(
  context: string,
  formData: FormData,
  work: (user: SessionUser, fields: Fields & { classId: string }) => Promise<unknown>,
  destination: Destination,
): Promise<FormState> {
  const fields = formFields(formData, ["classId", "studentId", "teacherId", "email"]);
  const classId = recordIdSchema.safeParse(fields.classId);
  if (!classId.success) return { ok: false, message: "We could not tell which class this is. Reload the page and try again." };
  try {
    const user = await authorizeAction(["teacher", "admin"]);
    await work(user, { ...fields, classId: classId.data });
  } catch (error) {
    const message = userMessageFor(error, context);
    if (isAppError(error) && error.field === "email") return { ok: false, fieldErrors: { email: message }, values: { email: (fields.email ?? "").slice(0, 254) } };
    return { ok: false, message };
  }
  redirect(typeof destination === "string" ? `/teach/classes/${classId.data}?notice=${destination}` : destination.to);
}

export async function rotateJoinCodeAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runClassAction("rotate-join-code", formData, (user, { classId }) => rotateJoinCode(user, classId), "code-rotated");
}

export async function removeStudentAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runClassAction("remove-student", formData, (user, { classId, studentId }) => removeStudent(user, { classId, studentId }), "student-removed");
}

export async function archiveClassAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runClassAction("archive-class", formData, (user, { classId }) => archiveClass(user, classId), "archived");
}

export async function restoreClassAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runClassAction("restore-class", formData, (user, { classId }) => restoreClass(user, classId), "restored");
}

export async function addCoTeacherAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runClassAction("add-co-teacher", formData, (user, { classId, email }) => addCoTeacher(user, { classId, email }), "co-teacher-added");
}

export async function removeCoTeacherAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runClassAction("remove-co-teacher", formData, (user, { classId, teacherId }) => removeCoTeacher(user, { classId, teacherId }), "co-teacher-removed");
}

export async function handOverClassAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runClassAction("hand-over-class", formData, (user, { classId, teacherId }) => handOverClass(user, { classId, teacherId }), "handed-over");
}

export async function deleteClassAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runClassAction("delete-class", formData, (user, { classId }) => deleteClass(user, classId), { to: "/teach?deleted=1" });
}

export async function stopCoTeachingAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return runClassAction("stop-co-teaching", formData, (user, { classId }) => stopCoTeaching(user, classId), { to: "/teach?left=1" });
}
