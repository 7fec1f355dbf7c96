"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "@/lib/server/db";
import { clientIp } from "@/lib/server/auth/client-ip";
import { authorizeAction } from "@/lib/server/auth/guards";
import { endSession, startSession } from "@/lib/server/auth/session";
import { isAppError, userMessageFor } from "@/lib/server/errors";
import { deleteMyAccount } from "@/lib/server/services/learn/delete-my-account";
import { changeName } from "@/lib/server/services/users/change-name";
import { changePassword } from "@/lib/server/services/users/change-password";
import { AUTH_LIMITS, changePasswordSchema, firstFieldErrors, formFields, type AuthFormState } from "@/lib/validation/auth";

export type ChangeNameState = AuthFormState<"name">;

/** Renames the signed-in user (the form's action, via useActionState); every refusal concerns the name, so it goes next to it. */
export async function changeNameAction(_previous: ChangeNameState, formData: FormData): Promise<ChangeNameState> {
  const { name } = formFields(formData, ["name"]);
  try {
    const user = await authorizeAction();
    const renamed = await changeName(getDb(), user, { name });
    // "Aisha K." ends its own sentence.
    return { ok: true, message: `Your name is now ${renamed.name}${/[.!?]$/.test(renamed.name) ? "" : "."}`, values: renamed };
  } catch (error) {
    return { ok: false, fieldErrors: { name: userMessageFor(error, "change-name") }, values: { name: (name ?? "").slice(0, AUTH_LIMITS.nameMax) } };
  }
}

export type ChangePasswordField = "currentPassword" | "newPassword" | "confirmPassword";
export type ChangePasswordState = AuthFormState<ChangePasswordField>;

/**
 * Changes the signed-in user's password (the form's action, via
 * useActionState), then starts a fresh session for this browser: the change
 * signed out every session, this one included.
 */
export async function changePasswordAction(_previous: ChangePasswordState, formData: FormData): Promise<ChangePasswordState> {
  try {
    const user = await authorizeAction();
    const parsed = changePasswordSchema.safeParse(formFields(formData, ["currentPassword", "newPassword", "confirmPassword"]));
    if (!parsed.success) return { ok: false, message: "Check the highlighted fields.", fieldErrors: firstFieldErrors<ChangePasswordField>(parsed.error) };
    const account = await changePassword(getDb(), user, parsed.data, { ip: clientIp(await headers()) });
    await startSession(account);
  } catch (error) {
    if (isAppError(error) && error.field) {
      return { ok: false, message: "Check the highlighted fields.", fieldErrors: { [error.field]: error.message } };
    }
    return { ok: false, message: userMessageFor(error, "change-password") };
  }
  return { ok: true, message: "Your password is changed. Any other device that was signed in to your account has been signed out." };
}

/** Why deleting did not happen, as a code for the page's own wording. */
export type DeleteAccountError = "email" | "owns-classes" | "signed-out" | "failed";

/** Deletes the account after the learner typed their email, then ends the session. Authorises again: actions are public endpoints. */
export async function deleteAccountAction(formData: FormData): Promise<void> {
  try {
    const user = await authorizeAction();
    await deleteMyAccount(user, { confirmEmail: String(formData.get("confirmEmail") ?? "") });
  } catch (error) {
    const status = isAppError(error) ? error.status : 500;
    userMessageFor(error, "delete-account");
    const code: DeleteAccountError = status === 400 ? "email" : status === 409 ? "owns-classes" : status === 401 ? "signed-out" : "failed";
    redirect(`/account?error=${code}#delete`);
  }
  try {
    await endSession();
  } catch (error) {
    // The user and their sessions are gone already; a leftover cookie no longer signs anyone in.
    console.error("[delete-account] ending the session failed", error);
  }
  redirect("/?deleted=1");
}
