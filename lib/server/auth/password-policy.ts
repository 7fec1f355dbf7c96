import { readFileSync } from "node:fs";
import path from "node:path";
import { AUTH_LIMITS } from "@/lib/validation/auth";

let commonPasswords: ReadonlySet<string> | undefined;

/** The refused passwords (lib/server/auth/common-passwords.txt), loaded once; all lower-case. */
function loadCommonPasswords(): ReadonlySet<string> {
  if (commonPasswords) return commonPasswords;
  // Read from the project root: `next start`, tsx scripts and vitest all run there,
  // and a path relative to the bundle would point inside .next/.
  const file = path.join(process.cwd(), "lib/server/auth/common-passwords.txt");
  const lines = readFileSync(file, "utf8").split("\n");
  commonPasswords = new Set(lines.filter((line) => line.length > 0 && !line.startsWith("#")).map((line) => line.toLowerCase()));
  return commonPasswords;
}

/** True when the password is one of the 3,000 most common ones (compared without regard to case). */
export function isCommonPassword(password: string): boolean {
  return loadCommonPasswords().has(password.toLowerCase());
}

/**
 * Why a new password is not acceptable, or null when it is. Follows NIST
 * SP 800-63B: a length floor, a generous ceiling, no composition rules, and
 * a blocklist of common passwords (plus the account's own email).
 */
export function findPasswordProblem(password: string, account: { email?: string } = {}): string | null {
  if (password.length < AUTH_LIMITS.passwordMin) return `Use at least ${AUTH_LIMITS.passwordMin} characters.`;
  if (password.length > AUTH_LIMITS.passwordMax) return `Use at most ${AUTH_LIMITS.passwordMax} characters.`;
  if (isCommonPassword(password)) return "This password is one of the most common ones and easy to guess. Choose another.";
  if (account.email && password.toLowerCase() === account.email.toLowerCase()) return "Do not use your email address as your password.";
  return null;
}
