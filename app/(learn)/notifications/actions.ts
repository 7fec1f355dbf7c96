"use server";

import { revalidatePath } from "next/cache";
import { authorizeAction } from "@/lib/server/auth/guards";
import { userMessageFor } from "@/lib/server/errors";
import { markNotificationsRead } from "@/lib/server/services/notifications/mark-notifications-read";

/** Marks every notification of the signed-in user read. Authorises again: an action is a public endpoint. */
export async function markAllReadAction(): Promise<void> {
  try {
    const user = await authorizeAction();
    await markNotificationsRead(user, {});
  } catch (error) {
    userMessageFor(error, "mark-notifications-read");
  }
  revalidatePath("/notifications");
  revalidatePath("/dashboard");
}
