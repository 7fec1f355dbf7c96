"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/lib/server/db";
import { findPasswordProblem } from "@/lib/server/auth/password-policy";
import { startSession } from "@/lib/server/auth/session";
import { isAppError, userMessageFor } from "@/lib/server/errors";
import { createUser } from "@/lib/server/services/users/create-user";
import { firstFieldErrors, formFields, safeNextPath, signUpSchema, type AuthFormState } from "@/lib/validation/auth";

export type SignUpField = "name" | "email" | "password" | "role";
export type SignUpState = AuthFormState<SignUpField>;

/**
 * Creates a student or teacher account and signs it in. Nothing is written
 * unless every field is valid; errors come back next to their fields.
 */
export async function signUpAction(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
  const fields = formFields(formData, ["name", "email", "password", "role", "next"]);
  const values = {
    name: (fields.name ?? "").slice(0, 80),
    email: (fields.email ?? "").slice(0, 254),
    role: fields.role === "teacher" ? "teacher" : "student",
  };
  const parsed = signUpSchema.safeParse(fields);
  if (!parsed.success) {
    const fieldErrors = firstFieldErrors<SignUpField>(parsed.error);
    // Report a common password now too, not only after the other fields are fixed.
    if (!fieldErrors.password && fields.password) fieldErrors.password = findPasswordProblem(fields.password) ?? undefined;
    return { ok: false, message: "Check the highlighted fields.", fieldErrors, values };
  }

  try {
    const user = await createUser(getDb(), parsed.data);
    await startSession(user);
  } catch (error) {
    if (isAppError(error) && error.field) {
      return { ok: false, message: "Check the highlighted fields.", fieldErrors: { [error.field]: error.message }, values };
    }
    return { ok: false, message: userMessageFor(error, "sign-up"), values };
  }
  redirect(safeNextPath(fields.next));
}
