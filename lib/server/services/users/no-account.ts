import { AppError } from "@/lib/server/errors";

/** The one answer of every look-up by email that finds no account (admin CLI commands). */
export function noAccountWithEmail(normalisedEmail: string): AppError {
  return new AppError(`No account has the email ${normalisedEmail}.`, { status: 404 });
}
