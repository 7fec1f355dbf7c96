/**
 * An open quiz with every item answered is one click from its score: the
 * dashboard and the history say so. A lesson check never waits for that click
 * (it closes at its last answer).
 */
export function isReadyToHandIn(mode: string, answered: number, total: number): boolean {
  return mode !== "check" && total > 0 && answered === total;
}

/** What the learner's click is called: an assessment is submitted, anything else finished. */
export function handInVerb(mode: string): "submit" | "finish" {
  return mode === "assessment" ? "submit" : "finish";
}
