import { z } from "zod";
import { itemTypes, type ItemType } from "@/lib/engine";

/**
 * Input rules for the learner's loop (starting attempts, answering,
 * submitting, export, account deletion). Shared by server actions, the JSON
 * route handlers and the services, which parse every input again: a server
 * action is a public endpoint whatever its form looked like.
 */

export const LEARN_LIMITS = {
  /** Bigger request bodies are refused before parsing (route handlers). */
  maxBodyBytes: 16 * 1024,
  maxSlugs: 50,
  maxTypedAnswer: 200,
  idempotencyKeyMin: 8,
  idempotencyKeyMax: 128,
  /** An hour on one item is already far past a real answer; longer values are clamped, not refused. */
  maxTimeMs: 60 * 60 * 1000,
} as const;

/** The attempt modes. practice/review/check show feedback after each answer; assessment only after submission. */
export const ATTEMPT_MODES = ["practice", "assessment", "review", "check"] as const;
export type AttemptMode = (typeof ATTEMPT_MODES)[number];

/** Quiz lengths a learner may choose. */
export const ATTEMPT_COUNTS = [5, 10, 20] as const;

const slug = z
  .string({ error: "Expected a slug (text)." })
  .min(1, { error: "A slug cannot be empty." })
  .max(120, { error: "Slugs are at most 120 characters." })
  .regex(/^[a-z0-9][a-z0-9-]*$/, { error: "Slugs use lower-case letters, digits and hyphens." });

const id = z
  .string({ error: "Expected an id." })
  .min(1, { error: "The id is missing." })
  .max(64, { error: "Ids are at most 64 characters." })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "That is not a valid id." });

/**
 * What a learner may ask for when starting an attempt. There is deliberately
 * no `seed` here: the engine is deterministic and the pack is public, so a
 * client-chosen seed would let anyone compute the answer key offline. Trusted
 * server code passes a seed to the service separately.
 */
export const startAttemptSchema = z
  .object({
    mode: z.enum(ATTEMPT_MODES, { error: `Choose a mode: ${ATTEMPT_MODES.join(", ")}.` }),
    packId: slug.optional(),
    moduleSlugs: z.array(slug).min(1, { error: "Choose at least one module." }).max(LEARN_LIMITS.maxSlugs).optional(),
    factSlugs: z.array(slug).min(1, { error: "Choose at least one fact." }).max(LEARN_LIMITS.maxSlugs).optional(),
    count: z.union(
      ATTEMPT_COUNTS.map((n) => z.literal(n)),
      { error: `A quiz has ${ATTEMPT_COUNTS.join(", ")} questions.` },
    ),
    types: z
      .array(z.enum(itemTypes, { error: `Item types are: ${itemTypes.join(", ")}.` }))
      .min(1, { error: "Choose at least one question type." })
      .optional(),
  })
  .strict()
  .refine((input) => (input.moduleSlugs === undefined) !== (input.factSlugs === undefined), {
    error: "Choose either modules or facts to be quizzed on (exactly one of the two).",
    path: ["moduleSlugs"],
  });
export type StartAttemptInput = z.infer<typeof startAttemptSchema>;

const choiceResponse = z.object({ optionId: z.string({ error: "Choose one of the options." }).min(1).max(32) }).strict();
const booleanResponse = z.object({ value: z.boolean({ error: "Answer true or false." }) }).strict();
const textResponse = z
  .object({
    text: z
      .string({ error: "Type your answer." })
      .max(LEARN_LIMITS.maxTypedAnswer, { error: `Answers are at most ${LEARN_LIMITS.maxTypedAnswer} characters.` })
      .refine((text) => text.trim().length > 0, { error: "Type your answer." }),
  })
  .strict();
const orderResponse = z
  .object({ order: z.array(z.string().min(1).max(32), { error: "Put the events in order." }).min(2).max(20) })
  .strict();
const pairsResponse = z
  .object({
    pairs: z.record(z.string().min(1).max(32), z.string().min(1).max(32), { error: "Match each item on the left." }),
  })
  .strict();

/** The response shape each item type accepts (structure only; ids are checked against the item by the service). */
export const responseSchemas = {
  "multiple-choice": choiceResponse,
  "cause-effect": choiceResponse,
  attribution: choiceResponse,
  "true-false": booleanResponse,
  "short-answer": textResponse,
  cloze: z.union([choiceResponse, textResponse], { error: "Choose an option or type your answer." }),
  ordering: orderResponse,
  matching: pairsResponse,
} satisfies Record<ItemType, z.ZodType>;

/** An answer to one item of an attempt. `response` is checked against the item's type by the service. */
export const submitAnswerSchema = z
  .object({
    attemptId: id,
    itemId: z.string().min(1).max(64).optional(),
    position: z.number().int({ error: "position is a whole number." }).min(0).max(999).optional(),
    response: z.unknown(),
    idempotencyKey: z
      .string({ error: "idempotencyKey is required (a random id per answer, reused on retry)." })
      .min(LEARN_LIMITS.idempotencyKeyMin, { error: `idempotencyKey is at least ${LEARN_LIMITS.idempotencyKeyMin} characters.` })
      .max(LEARN_LIMITS.idempotencyKeyMax, { error: `idempotencyKey is at most ${LEARN_LIMITS.idempotencyKeyMax} characters.` })
      .regex(/^[A-Za-z0-9_.:-]+$/, { error: "idempotencyKey uses letters, digits and _ . : - only." }),
    timeMs: z
      .number({ error: "timeMs is a number of milliseconds." })
      .int({ error: "timeMs is a whole number of milliseconds." })
      .min(0, { error: "timeMs cannot be negative." })
      .transform((ms) => Math.min(ms, LEARN_LIMITS.maxTimeMs))
      .optional(),
  })
  .strict()
  .refine((input) => input.itemId !== undefined || input.position !== undefined, {
    error: "Say which item you are answering (itemId or position).",
    path: ["itemId"],
  })
  .refine((input) => input.response !== undefined, { error: "response is required.", path: ["response"] });
export type SubmitAnswerInput = z.infer<typeof submitAnswerSchema>;

export const attemptIdSchema = id;

export const exportFormatSchema = z.enum(["json", "csv"], { error: "Choose json or csv." });
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export const deleteAccountSchema = z.object({
  confirmEmail: z
    .string({ error: "Type your email address to confirm." })
    .max(254)
    .trim()
    .toLowerCase()
    .min(1, { error: "Type your email address to confirm." }),
});

/** An IANA time zone ("Asia/Karachi"); days for streaks and charts are counted in it. */
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(
    (zone) => {
      try {
        new Intl.DateTimeFormat("en-CA", { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    },
    { error: "Unknown time zone." },
  );

/** The first zod issue as `{ field, message }`, for JSON errors and form messages. */
export function firstIssue(error: z.ZodError): { field: string; message: string } {
  const issue = error.issues[0];
  return { field: issue?.path.join(".") || "body", message: issue?.message ?? "Invalid input." };
}
