"use server";

import { redirect } from "next/navigation";
import { authorizeAction } from "@/lib/server/auth/guards";
import { isAppError, userMessageFor } from "@/lib/server/errors";
import { startAssignmentAttempt } from "@/lib/server/services/learn/assignments/start-assignment-attempt";

/** Why a start failed, as a code in the URL: the page shows its own words, so a link cannot put arbitrary text on it. */
export type StartAssignmentError = "signed-out" | "refused" | "unavailable";

/**
 * Starts (or resumes) the student's attempt at the assignment (bound by the
 * page) and opens the quiz. Authorises again: an action is a public endpoint.
 */
export async function startAssignmentAction(assignmentId: string): Promise<void> {
  let attemptId: string;
  try {
    const user = await authorizeAction();
    attemptId = (await startAssignmentAttempt(user, assignmentId)).attemptId;
  } catch (error) {
    const status = isAppError(error) ? error.status : 500;
    userMessageFor(error, "start-assignment");
    const code: StartAssignmentError = status === 401 ? "signed-out" : status === 409 || status === 404 ? "refused" : "unavailable";
    redirect(`/assignments/${encodeURIComponent(assignmentId)}?error=${code}`);
  }
  redirect(`/quiz/${attemptId}`);
}
