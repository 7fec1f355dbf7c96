"use server";

import { redirect } from "next/navigation";
import { authorizeAction } from "@/lib/server/auth/guards";
import { isAppError, userMessageFor } from "@/lib/server/errors";
import { startAttempt } from "@/lib/server/services/learn/start-attempt";
import { listModules } from "@/lib/server/services/learn/list-modules";
import { quizFormQuery } from "./form-query";

/** Why a start failed, as a code in the URL: the page shows its own text, so a link cannot put arbitrary words on it. */
export type StartQuizError = "signed-out" | "too-few" | "invalid" | "unavailable";

/**
 * Starts a quiz from the setup form and opens it. The seed is chosen by the
 * service (never by the form). Authorises again: an action is a public endpoint.
 */
export async function startQuizAction(formData: FormData): Promise<void> {
  const chosenModule = String(formData.get("module") ?? "all");
  const count = Number(formData.get("count") ?? 10);
  const mode = formData.get("mode") === "assessment" ? "assessment" : "practice";
  const types = formData.getAll("types").map(String);
  const back = (error: StartQuizError) => `/quiz/new?${quizFormQuery({ module: chosenModule, count, mode, types, error })}`;

  let opened: string;
  try {
    const user = await authorizeAction();
    // "All modules" means the live ones.
    const moduleSlugs = chosenModule === "all" ? (await listModules()).map((entry) => entry.slug) : [chosenModule];
    const view = await startAttempt(user, {
      mode,
      moduleSlugs,
      count,
      // No type ticked means no restriction (the engine's default: every type).
      ...(types.length > 0 ? { types } : {}),
    });
    // A quiz tests each fact once, so a small module may give fewer questions than asked: the page says so.
    opened = view.total < count ? `/quiz/${view.id}?asked=${count}` : `/quiz/${view.id}`;
  } catch (error) {
    const status = isAppError(error) ? error.status : 500;
    userMessageFor(error, "start-quiz");
    redirect(back(status === 401 ? "signed-out" : status === 422 ? "too-few" : status === 400 ? "invalid" : "unavailable"));
  }
  redirect(opened);
}
