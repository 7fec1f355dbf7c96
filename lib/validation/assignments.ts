import { z } from "zod";
import { plainLine } from "./text";
import { itemTypes } from "@/lib/engine";
import { LEARN_LIMITS, timeZoneSchema } from "./learn";

/**
 * Input rules for assignments. Shared by the teacher's form action and the
 * createAssignment service, which parses again (an action is a public
 * endpoint; other services, e.g. "assign a review of the weakest facts", call
 * the service directly).
 */

export const ASSIGNMENT_LIMITS = {
  titleMax: 120,
  /** Per student per attempt; the engine itself allows more, but a class quiz longer than this is a test, not practice. */
  itemCountMin: 1,
  itemCountMax: 30,
  attemptsMax: 10,
  timeLimitMinutesMax: 180,
} as const;

/** The lengths the teacher's form offers (any whole number in the limits is accepted). */
export const ASSIGNMENT_ITEM_COUNTS = [5, 10, 15, 20, 30] as const;

export const ASSIGNMENT_MODES = ["practice", "assessment"] as const;
export type AssignmentMode = (typeof ASSIGNMENT_MODES)[number];

const slug = z
  .string({ error: "Expected a slug (text)." })
  .regex(/^[a-z0-9][a-z0-9-]{0,119}$/, { error: "Slugs use lower-case letters, digits and hyphens." });

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} must be a number from ${min} to ${max}.` })
    .int({ error: `${what} must be a whole number.` })
    .min(min, { error: `${what} must be at least ${min}.` })
    .max(max, { error: `${what} can be at most ${max}.` });

// "2026-11-30T17:00" (a datetime-local field) or with seconds; read in the form's time zone.
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
// A full ISO instant with Z or an offset, as services and scripts pass (`date.toISOString()`).
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Offset of `timeZone` from UTC at `instant`, in ms (Karachi: +5 h). */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const values: Record<string, number> = {};
  const format = new Intl.DateTimeFormat("en-CA", { timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
  for (const part of format.formatToParts(new Date(instant))) if (part.type !== "literal") values[part.type] = Number(part.value);
  const asUtc = Date.UTC(values.year ?? 1970, (values.month ?? 1) - 1, values.day ?? 1, values.hour ?? 0, values.minute ?? 0, values.second ?? 0);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time in `timeZone` denotes ("2026-11-30T17:00" in
 * Asia/Karachi → 12:00Z), or null when the text is not a real date and time.
 * In a daylight-saving gap or overlap one of the two possible offsets is used.
 */
export function localDateTimeToInstant(local: string, timeZone: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return null;
  // Two passes: the offset at the guessed instant can differ from the one at the answer across a DST change.
  const guess = wall - zoneOffsetMs(wall, timeZone);
  return new Date(wall - zoneOffsetMs(guess, timeZone));
}

/** A date-time field: an ISO instant, or a local date-time read in the form's time zone (resolved by `createAssignmentSchema`). */
const dateTimeText = (what: string) =>
  z
    .string({ error: `Choose the ${what} date and time.` })
    .trim()
    .min(1, { error: `Choose the ${what} date and time.` })
    .max(40, { error: `Enter the ${what} date and time.` })
    .refine((text) => LOCAL_DATE_TIME.test(text) || (ISO_INSTANT.test(text) && !Number.isNaN(Date.parse(text))), {
      error: `Enter the ${what} date and time, for example 2026-11-30 17:00.`,
    });

function toInstant(text: string, timeZone: string): Date | null {
  return LOCAL_DATE_TIME.test(text) ? localDateTimeToInstant(text, timeZone) : new Date(text);
}

/** The opening (default: now) and due instants of the form's date-time texts. */
function instantsOf(input: { opensAt?: string; dueAt: string; timeZone?: string }, now: Date): { opensAt: Date | null; dueAt: Date | null } {
  const zone = input.timeZone ?? "UTC";
  return { opensAt: input.opensAt ? toInstant(input.opensAt, zone) : now, dueAt: toInstant(input.dueAt, zone) };
}

/** What is wrong with a due date read from the form (it must exist and lie in the future), or null. */
function dueAtProblem(dueAt: Date | null, now: Date): string | null {
  if (!dueAt) return "That due date does not exist.";
  return dueAt <= now ? "The due date must be in the future." : null;
}

/**
 * What a teacher sets when assigning work to a class, checked against `now`
 * (due in the future, after it opens). Dates come back as Date objects.
 * Slugs are checked against the database and the engine by the service.
 */
export function createAssignmentSchema(now: Date) {
  return z
    .object({
      title: z
        .string({ error: "Give the assignment a title." })
        .trim()
        .min(1, { error: "Give the assignment a title." })
        .max(ASSIGNMENT_LIMITS.titleMax, { error: `Titles are at most ${ASSIGNMENT_LIMITS.titleMax} characters.` })
        .regex(plainLine, { error: "Titles cannot contain control characters." }),
      moduleSlugs: z.array(slug).max(LEARN_LIMITS.maxSlugs, { error: `Choose at most ${LEARN_LIMITS.maxSlugs} modules.` }).optional(),
      factSlugs: z.array(slug).max(LEARN_LIMITS.maxSlugs, { error: `Choose at most ${LEARN_LIMITS.maxSlugs} facts.` }).optional(),
      itemCount: wholeNumber("The number of questions", ASSIGNMENT_LIMITS.itemCountMin, ASSIGNMENT_LIMITS.itemCountMax),
      types: z
        .array(z.enum(itemTypes, { error: `Question types are: ${itemTypes.join(", ")}.` }))
        .min(1, { error: "Choose at least one question type." })
        .optional(),
      mode: z.enum(ASSIGNMENT_MODES, { error: "Choose practice or assessment." }),
      attemptsAllowed: wholeNumber("Attempts allowed", 1, ASSIGNMENT_LIMITS.attemptsMax),
      timeLimitMinutes: wholeNumber("The time limit in minutes", 1, ASSIGNMENT_LIMITS.timeLimitMinutesMax).nullable().optional(),
      opensAt: dateTimeText("opening").optional(),
      dueAt: dateTimeText("due"),
      showAnswersAfterDue: z.boolean({ error: "Choose when students see the answers." }),
      /** The IANA zone local date-times were entered in (the teacher's browser); default UTC. */
      timeZone: timeZoneSchema.optional(),
    })
    .strict()
    .superRefine((input, context) => {
      const modules = input.moduleSlugs?.length ?? 0;
      const facts = input.factSlugs?.length ?? 0;
      if ((modules > 0) === (facts > 0)) {
        context.addIssue({ code: "custom", path: ["moduleSlugs"], message: modules > 0 ? "Choose modules or facts, not both." : "Choose at least one module." });
      }
      const { opensAt, dueAt } = instantsOf(input, now);
      if (!opensAt) context.addIssue({ code: "custom", path: ["opensAt"], message: "That opening date does not exist." });
      const dueProblem = dueAtProblem(dueAt, now) ?? (opensAt && dueAt && dueAt <= opensAt ? "The due date must be after the assignment opens." : null);
      if (dueProblem) context.addIssue({ code: "custom", path: ["dueAt"], message: dueProblem });
    })
    // Runs only when every check above passed, so both instants exist.
    .transform((input) => {
      const { opensAt, dueAt } = instantsOf(input, now) as { opensAt: Date; dueAt: Date };
      return {
        title: input.title,
        moduleSlugs: input.moduleSlugs?.length ? [...new Set(input.moduleSlugs)] : undefined,
        factSlugs: input.factSlugs?.length ? [...new Set(input.factSlugs)] : undefined,
        itemCount: input.itemCount,
        types: input.types ? [...new Set(input.types)] : undefined,
        mode: input.mode,
        attemptsAllowed: input.attemptsAllowed,
        timeLimitMinutes: input.timeLimitMinutes ?? null,
        opensAt,
        dueAt,
        // Practice explains each answer as it is given: there is nothing to hold back, whatever the form sent.
        showAnswersAfterDue: input.mode === "assessment" && input.showAnswersAfterDue,
        /** Kept to write dates back in the teacher's time (notifications). */
        timeZone: input.timeZone ?? "UTC",
      };
    });
}
export type CreateAssignmentInput = z.input<ReturnType<typeof createAssignmentSchema>>;
export type CreateAssignmentRequest = z.output<ReturnType<typeof createAssignmentSchema>>;

/**
 * A new due date for an assignment, checked against `now` (in the future);
 * the service checks it against the assignment's opening. `timeZone` is the
 * zone the form showed and read the date in (default UTC).
 */
export function changeDueDateSchema(now: Date) {
  return z
    .object({ dueAt: dateTimeText("due"), timeZone: timeZoneSchema.optional() })
    .strict()
    .superRefine((input, context) => {
      const problem = dueAtProblem(toInstant(input.dueAt, input.timeZone ?? "UTC"), now);
      if (problem) context.addIssue({ code: "custom", path: ["dueAt"], message: problem });
    })
    .transform((input) => ({ dueAt: toInstant(input.dueAt, input.timeZone ?? "UTC") as Date, timeZone: input.timeZone ?? "UTC" }));
}


/** Which notifications to mark read: the listed ones, or (no `ids`) all. */
export const markNotificationsReadSchema = z
  .object({
    ids: z
      .array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "That is not a valid notification id." }))
      .max(200, { error: "Mark at most 200 notifications at a time." })
      .optional(),
  })
  .strict();
