/** Why a quiz may hold fewer questions than were asked for or set: the engine draws only fair ones (after "no more", "there are", …). */
export const FAIR_QUESTIONS_RUN_OUT = "no more that would not ask a fact twice, repeat an answer or give one away";
