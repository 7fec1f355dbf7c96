"use server";

import { redirect } from "next/navigation";
import { authorizeAction } from "@/lib/server/auth/guards";
import { endSession } from "@/lib/server/auth/session";
import { isAppError, userMessageFor } from "@/lib/server/errors";
import { deleteMyAccount } from "@/lib/server/services/learn/delete-my-account";

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
