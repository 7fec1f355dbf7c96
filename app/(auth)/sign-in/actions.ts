"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/server/db";
import { clientIp } from "@/lib/server/auth/client-ip";
import { startSession } from "@/lib/server/auth/session";
import { userMessageFor } from "@/lib/server/errors";
import { verifyCredentials } from "@/lib/server/services/users/verify-credentials";
import { firstFieldErrors, formFields, safeNextPath, signInSchema, type AuthFormState } from "@/lib/validation/auth";

export type SignInField = "email" | "password";
export type SignInState = AuthFormState<SignInField>;

/**
 * Signs in with email and password (the form's action, via useActionState).
 * Works without JavaScript; on success sets the session cookie and goes to
 * `next` (same-origin paths only) or the dashboard.
 */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const fields = formFields(formData, ["email", "password", "next"]);
  const values = { email: (fields.email ?? "").slice(0, 254) };
  const parsed = signInSchema.safeParse(fields);
  if (!parsed.success) {
    return { ok: false, message: "Check the highlighted fields.", fieldErrors: firstFieldErrors<SignInField>(parsed.error), values };
  }

  try {
    const result = await verifyCredentials(getDb(), { ...parsed.data, ip: clientIp(await headers()) });
    if (!result.ok) return { ok: false, message: result.message, values };
    await startSession(result.user);
  } catch (error) {
    return { ok: false, message: userMessageFor(error, "sign-in"), values };
  }
  redirect(safeNextPath(fields.next));
}
