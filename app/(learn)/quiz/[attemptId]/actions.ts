"use server";

import { redirect } from "next/navigation";
import type { FinishState } from "@/components/quiz/types";
import { authorizeAction } from "@/lib/server/auth/guards";
import { userMessageFor } from "@/lib/server/errors";
import { submitAttempt } from "@/lib/server/services/learn/submit-attempt";

/**
 * Submits the attempt (bound to its id by the page). A public endpoint like
 * every action: it authorises again, and the service checks ownership.
 */
export async function finishAttemptAction(attemptId: string): Promise<FinishState> {
  let resultPath: string;
  try {
    const user = await authorizeAction();
    const view = await submitAttempt(user, attemptId);
    resultPath = `/quiz/${view.id}/result`;
  } catch (error) {
    return { ok: false, message: userMessageFor(error, "finish-attempt") };
  }
  redirect(resultPath);
}
