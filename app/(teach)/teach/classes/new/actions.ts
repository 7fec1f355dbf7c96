"use server";

import { redirect } from "next/navigation";
import { authorizeAction } from "@/lib/server/auth/guards";
import { isAppError, userMessageFor } from "@/lib/server/errors";
import { createClass } from "@/lib/server/services/teach/classes/create-class";
import { firstFieldErrors, formFields } from "@/lib/validation/auth";
import { createClassSchema, type FormState } from "@/lib/validation/classes";

type Field = "name" | "description";

/** Creates a class for the signed-in teacher, then opens its page with the new code. */
export async function createClassAction(_previous: FormState<Field>, formData: FormData): Promise<FormState<Field>> {
  const fields = formFields(formData, ["name", "description"]);
  const values = { name: (fields.name ?? "").slice(0, 200), description: (fields.description ?? "").slice(0, 1000) };
  const parsed = createClassSchema.safeParse(fields);
  if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: firstFieldErrors<Field>(parsed.error), values };

  let classId: string;
  try {
    const user = await authorizeAction(["teacher", "admin"]);
    classId = (await createClass(user, parsed.data)).id;
  } catch (error) {
    const field = isAppError(error) ? (error.field as Field | undefined) : undefined;
    const message = userMessageFor(error, "create-class");
    return field ? { ok: false, fieldErrors: { [field]: message }, values } : { ok: false, message, values };
  }
  redirect(`/teach/classes/${classId}?notice=created`);
}
