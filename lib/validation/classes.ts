import { z } from "zod";
import { plainLine } from "./text";
import { AUTH_LIMITS } from "./auth";

/**
 * Input rules for classes (create, join, co-teachers). Shared by the forms
 * (maxLength attributes), the server actions and the services, which parse
 * every input again.
 */

export const CLASS_LIMITS = {
  nameMax: 80,
  descriptionMax: 500,
} as const;

/**
 * Join codes: 8 symbols from an alphabet with no look-alikes and nothing that
 * sounds alike when read aloud: no 0/O, 1/I/L, and no U (avoids accidental
 * words). 30 symbols ^ 8 ≈ 6.6 × 10^11 codes; guessing is also rate-limited.
 */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const JOIN_CODE_LENGTH = 8;

/**
 * The stored form of a typed code: upper case, without spaces, dots,
 * underscores or dashes (including the en and em dashes phone keyboards
 * substitute for "-").
 */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-_.\u2010-\u2015]+/g, "");
}

/** How a code is shown and read aloud: two groups of four ("ABCD-EFGH"). */
export function formatJoinCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

const JOIN_CODE_PATTERN = new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`);
// Characters a code never contains: whoever typed one misread the code, so say which rather than "no such class".
const LOOK_ALIKES = /[0O1ILU]/;

/** A code as typed by a student ("abcd efgh", "ABCD-EFGH" …), normalised to the stored form. */
export const joinCodeSchema = z
  .string({ error: "Enter the class code your teacher gave you." })
  .max(40, { error: "That is longer than a class code. Check it with your teacher." })
  .transform(normaliseJoinCode)
  .pipe(
    z
      .string()
      .min(1, { error: "Enter the class code your teacher gave you." })
      .refine((code) => !LOOK_ALIKES.test(code), { error: "Class codes never contain the letters O, I, L or U or the digits 0 or 1. Check the code with your teacher." })
      .refine((code) => code.length === JOIN_CODE_LENGTH, { error: `Class codes have ${JOIN_CODE_LENGTH} letters and digits, like ABCD-EFGH.` })
      .regex(JOIN_CODE_PATTERN, { error: "Class codes use only letters and digits, like ABCD-EFGH." }),
  );

/** Whether a path segment could be a join code at all (the /join/[code] page). */
export function isJoinCodeShaped(value: string): boolean {
  return joinCodeSchema.safeParse(value).success;
}

export const classNameSchema = z
  .string({ error: "Name the class." })
  .max(CLASS_LIMITS.nameMax + 20, { error: `Class names are at most ${CLASS_LIMITS.nameMax} characters.` })
  .transform((value) => value.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, { error: "Name the class." })
      .max(CLASS_LIMITS.nameMax, { error: `Class names are at most ${CLASS_LIMITS.nameMax} characters.` })
      .regex(plainLine, { error: "Class names cannot contain control characters." }),
  );

export const classDescriptionSchema = z
  .string({ error: "The description must be text." })
  .max(CLASS_LIMITS.descriptionMax + 20, { error: `Descriptions are at most ${CLASS_LIMITS.descriptionMax} characters.` })
  .transform((value) => value.trim())
  .pipe(z.string().max(CLASS_LIMITS.descriptionMax, { error: `Descriptions are at most ${CLASS_LIMITS.descriptionMax} characters.` }))
  // An empty box means "no description".
  .transform((value) => (value.length === 0 ? null : value));

export const createClassSchema = z.object({
  name: classNameSchema,
  description: classDescriptionSchema.nullish().transform((value) => value ?? null),
});
export type CreateClassInput = z.infer<typeof createClassSchema>;

export const joinClassSchema = z.object({ code: joinCodeSchema });
export type JoinClassInput = z.infer<typeof joinClassSchema>;

export const coTeacherEmailSchema = z
  .string({ error: "Enter the email address of the teacher's account." })
  .max(AUTH_LIMITS.emailMax, { error: `Email addresses are at most ${AUTH_LIMITS.emailMax} characters.` })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter the email address of the teacher's account." })
  .pipe(z.email({ error: "Enter an email address like name@example.com." }));

/** A row id (class, user) from a form or URL. */
export const recordIdSchema = z
  .string({ error: "Expected an id." })
  .min(1, { error: "The id is missing." })
  .max(64, { error: "Ids are at most 64 characters." })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "That is not a valid id." });

export const addCoTeacherSchema = z.object({ classId: recordIdSchema, email: coTeacherEmailSchema });
export type AddCoTeacherInput = z.infer<typeof addCoTeacherSchema>;

export const removeStudentSchema = z.object({ classId: recordIdSchema, studentId: recordIdSchema });
export type RemoveStudentInput = z.infer<typeof removeStudentSchema>;

export const removeCoTeacherSchema = z.object({ classId: recordIdSchema, teacherId: recordIdSchema });
export type RemoveCoTeacherInput = z.infer<typeof removeCoTeacherSchema>;

/** Hand a class over: which class, and which of its co-teachers becomes the owner. */
export const handOverClassSchema = removeCoTeacherSchema;

/**
 * What the class forms' actions return to useActionState: the account forms'
 * shape (a message for the form, one per field, values to put back).
 */
export type { AuthFormState as FormState } from "./auth";
