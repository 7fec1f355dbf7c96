"use server";

import { redirect } from "next/navigation";
import { authorizeAction } from "@/lib/server/auth/guards";
import { userMessageFor } from "@/lib/server/errors";
import { joinClass } from "@/lib/server/services/teach/classes/join-class";
import { leaveClass } from "@/lib/server/services/teach/classes/leave-class";
import { formFields } from "@/lib/validation/auth";
import type { FormState } from "@/lib/validation/classes";

/** Joins the class whose code was typed (or carried by a join link), then shows the student's classes. */
export async function joinClassAction(_previous: FormState<"code">, formData: FormData): Promise<FormState<"code">> {
  const { code } = formFields(formData, ["code"]);
  const values = { code: (code ?? "").slice(0, 40) };
  let joined: { classId: string; outcome: string };
  try {
    const user = await authorizeAction();
    joined = await joinClass(user, { code });
  } catch (error) {
    // Every refusal here concerns the code (or the account), so it goes next to the code box.
    return { ok: false, fieldErrors: { code: userMessageFor(error, "join-class") }, values };
  }
  redirect(`/join?joined=${encodeURIComponent(joined.classId)}&outcome=${joined.outcome}`);
}

/** Takes the student out of a class they are in, then shows their classes with a notice; a refusal stays on the form. */
export async function leaveClassAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const { classId } = formFields(formData, ["classId"]);
  try {
    const user = await authorizeAction();
    await leaveClass(user, classId);
  } catch (error) {
    return { ok: false, message: userMessageFor(error, "leave-class") };
  }
  redirect("/join?left=1");
}
