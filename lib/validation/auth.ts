import { z } from "zod";
import { plainLine } from "./text";

/**
 * Input rules for the account forms, shared by the form components (for the
 * maxLength/minLength attributes) and the server actions (which parse every
 * submission again). Maximum lengths are checked before anything expensive
 * runs, so a 1 MB password or a 10 kB name is refused without hashing.
 */
export const AUTH_LIMITS = {
  emailMax: 254,
  nameMax: 80,
  passwordMin: 8,
  passwordMax: 128,
} as const;

/** Roles a person may choose at sign-up; "admin" is granted only by the admin CLI. */
export const SELF_SERVICE_ROLES = ["student", "teacher"] as const;
export type SelfServiceRole = (typeof SELF_SERVICE_ROLES)[number];

/** An email as accounts store it: trimmed, lower case (the schemas below do the same). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const emailSchema = z
  .string({ error: "Enter your email address." })
  .max(AUTH_LIMITS.emailMax, { error: `Email addresses are at most ${AUTH_LIMITS.emailMax} characters.` })
  .trim()
  .toLowerCase()
  .min(1, { error: "Enter your email address." })
  .pipe(z.email({ error: "Enter an email address like name@example.com." }));

// Passwords are never trimmed or truncated: every character counts.
const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .max(AUTH_LIMITS.passwordMax, { error: `Use at most ${AUTH_LIMITS.passwordMax} characters.` })
  .min(AUTH_LIMITS.passwordMin, { error: `Use at least ${AUTH_LIMITS.passwordMin} characters.` });

const nameSchema = z
  .string({ error: "Enter your name." })
  .max(AUTH_LIMITS.nameMax, { error: `Names are at most ${AUTH_LIMITS.nameMax} characters.` })
  .transform((value) => value.replace(/\s+/g, " ").trim())
  .pipe(
    z
      .string()
      .min(1, { error: "Enter your name." })
      .regex(plainLine, { error: "Names cannot contain control characters." }),
  );

/** Sign-up form: name, email, password and the role (student unless teacher is chosen). */
export const signUpSchema = z.object({
  name: nameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  role: z
    .enum(SELF_SERVICE_ROLES, { error: "Choose whether you are a student or a teacher." })
    .optional()
    .transform((role) => role ?? "student"),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

/** Sign-in form: only the shape is checked here; the password policy applies to new passwords only. */
export const signInSchema = z.object({
  email: emailSchema,
  password: z
    .string({ error: "Enter your password." })
    .max(AUTH_LIMITS.passwordMax, { error: `Passwords are at most ${AUTH_LIMITS.passwordMax} characters.` })
    .min(1, { error: "Enter your password." }),
});
export type SignInInput = z.infer<typeof signInSchema>;

/** Your-name form: the same rules as at sign-up. */
export const changeNameSchema = z.object({ name: nameSchema });

/**
 * Change-password form: the current password (checked against the account on
 * the server), the new one under the sign-up rules, and the new one typed
 * again, since there is no email reset to undo a typo.
 */
export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "Enter your current password." })
      .max(AUTH_LIMITS.passwordMax, { error: `Passwords are at most ${AUTH_LIMITS.passwordMax} characters.` })
      .min(1, { error: "Enter your current password." }),
    newPassword: newPasswordSchema,
    confirmPassword: z.string({ error: "Type the new password again." }).max(AUTH_LIMITS.passwordMax, { error: "Type the new password again." }),
  })
  .refine((input) => input.confirmPassword === input.newPassword, {
    path: ["confirmPassword"],
    error: "This is not the same as the new password. Type it again.",
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ["newPassword"],
    error: "This is your current password. Choose a new one.",
  });

/** One message per field, ready to show under each input. */
export type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/** The first message for each field of a failed parse. */
export function firstFieldErrors<Field extends string>(error: z.ZodError): FieldErrors<Field> {
  const errors: Partial<Record<string, string>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    errors[field] ??= issue.message;
  }
  return errors as FieldErrors<Field>;
}

/**
 * The named text fields of a FormData as a plain object. Missing fields and
 * file uploads become undefined, so zod reports them as missing.
 */
export function formFields<Field extends string>(formData: FormData, fields: readonly Field[]): Record<Field, string | undefined> {
  const values = {} as Record<Field, string | undefined>;
  for (const field of fields) {
    const value = formData.get(field);
    values[field] = typeof value === "string" ? value : undefined;
  }
  return values;
}

/** Where to go after sign-in when no (safe) `next` is given. */
export const DEFAULT_AFTER_SIGN_IN = "/dashboard";

/**
 * `next` if it is a same-origin relative path, otherwise the dashboard. Refuses
 * absolute URLs, protocol-relative `//host` and `/\host` forms, and anything
 * with control characters, so sign-in cannot become an open redirect.
 */
/**
 * An auth page that leads on to `next` once the visitor is in ("/sign-up?next=%2Fjoin%2FAB12"), or the bare
 * page when there is nothing to keep: no `next`, or the default after sign-in. `next` is checked by the page
 * it reaches (`safeNextPath`).
 */
export function authPageHref(page: "/sign-in" | "/sign-up", next: string | null | undefined): string {
  return next && next !== DEFAULT_AFTER_SIGN_IN ? `${page}?next=${encodeURIComponent(next)}` : page;
}

export function safeNextPath(next: unknown): string {
  if (typeof next !== "string" || next.length === 0 || next.length > 512) return DEFAULT_AFTER_SIGN_IN;
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return DEFAULT_AFTER_SIGN_IN;
  if (/[\u0000-\u001f\u007f\\]/.test(next)) return DEFAULT_AFTER_SIGN_IN;
  const base = "http://groundwork.invalid";
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
  if (url.origin !== base) return DEFAULT_AFTER_SIGN_IN;
  // Sending a person who just signed in back to an auth page would be a loop.
  if (url.pathname === "/sign-in" || url.pathname === "/sign-up") return DEFAULT_AFTER_SIGN_IN;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Dot segments can normalise into "//host" ("/a/../..//evil"): check the result too.
  return path.startsWith("//") ? DEFAULT_AFTER_SIGN_IN : path;
}

/**
 * What the sign-in and sign-up actions return to `useActionState`: a message
 * for the whole form, one message per field, and the non-secret values to put
 * back into the inputs (never the password).
 */
export type AuthFormState<Field extends string = string> = {
  ok: boolean;
  message?: string;
  fieldErrors?: FieldErrors<Field>;
  values?: Partial<Record<Field, string>>;
};
