"use server";

import { redirect } from "next/navigation";
import { authorizeAction } from "@/lib/server/auth/guards";
import { userMessageFor } from "@/lib/server/errors";
import { buildReviewSession } from "@/lib/server/services/review/build-review-session";
import { learnerTimeZone } from "../learner-time-zone";

/** Builds (or resumes) today's review session and opens it. Authorises again: actions are public endpoints. */
export async function startReviewAction(): Promise<void> {
  let target: string;
  try {
    const user = await authorizeAction();
    const session = await buildReviewSession(user, new Date(), { timeZone: await learnerTimeZone() });
    target = session.attempt ? `/quiz/${session.attempt.id}` : "/review?status=empty";
  } catch (error) {
    userMessageFor(error, "start-review");
    target = "/review?status=failed";
  }
  redirect(target);
}
