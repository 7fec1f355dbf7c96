"use server";

import { redirect } from "next/navigation";
import { authorizeAction } from "@/lib/server/auth/guards";
import { userMessageFor } from "@/lib/server/errors";
import { startAttempt } from "@/lib/server/services/learn/start-attempt";

/** The item types a lesson check uses: quick ones that fit inline. */
const checkTypes = ["multiple-choice", "true-false", "cloze", "cause-effect", "attribution", "short-answer"] as const;

/**
 * Starts the lesson's "check yourself" as a small check attempt (graded on
 * the server, so the page never holds a key) and shows it inside the lesson.
 */
export async function startCheckAction(moduleSlug: string): Promise<void> {
  let target: string;
  try {
    const user = await authorizeAction();
    const view = await startAttempt(user, { mode: "check", moduleSlugs: [moduleSlug], count: 5, types: [...checkTypes] });
    target = `/lessons/${encodeURIComponent(moduleSlug)}?check=${encodeURIComponent(view.id)}#check-yourself`;
  } catch (error) {
    userMessageFor(error, "start-check");
    target = `/lessons/${encodeURIComponent(moduleSlug)}?check=failed#check-yourself`;
  }
  redirect(target);
}
