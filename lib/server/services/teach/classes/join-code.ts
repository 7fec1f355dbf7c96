import "server-only";
import { randomInt } from "node:crypto";
import { isUniqueViolation } from "@/lib/server/auth/database";
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from "@/lib/validation/classes";

export { formatJoinCode, normaliseJoinCode } from "@/lib/validation/classes";

/** Collisions are about one in 10^9 per existing class; a few retries make failure practically impossible. */
const MAX_ATTEMPTS = 5;

/**
 * A new join code in its stored form (8 symbols, no dash), drawn uniformly
 * from JOIN_CODE_ALPHABET with the operating system's CSPRNG.
 */
export function generateJoinCode(): string {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/**
 * Runs `write` with a fresh code, and again with another one when the write
 * hits the unique constraint on Classroom.joinCode (another class drew the
 * same code). Any other error is rethrown at once.
 */
export async function withFreshJoinCode<T>(write: (code: string) => Promise<T>, generate: () => string = generateJoinCode): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(generate());
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
