"use server";

import { redirect } from "next/navigation";
import { endSession } from "@/lib/server/auth/session";

/**
 * Signs the current browser out: revokes its session in the database (a
 * copied cookie stops working too), clears the cookie, and goes home.
 */
export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/");
}
