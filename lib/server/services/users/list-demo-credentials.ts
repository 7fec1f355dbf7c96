import { dataDirectory, isDemoMode } from "@/lib/server/auth/environment";
import type { Db } from "@/lib/server/auth/database";
import { readDemoCredentials, type DemoCredential } from "@/lib/server/auth/demo-credentials-file";

/**
 * The demo credentials to show on the sign-in page: only in demo mode, and
 * only for accounts that still exist and are still marked as demo accounts
 * (a deleted or re-purposed account is never advertised), with their current role.
 */
export async function listDemoCredentials(
  db: Db,
  options: { env?: Record<string, string | undefined>; dataDir?: string } = {},
): Promise<DemoCredential[]> {
  const env = options.env ?? process.env;
  if (!isDemoMode(env)) return [];
  const stored = readDemoCredentials(options.dataDir ?? dataDirectory(env));
  if (stored.length === 0) return [];
  const live = await db.user.findMany({
    where: { email: { in: stored.map((account) => account.email) }, isDemo: true },
    select: { email: true, role: true },
  });
  // The live role, in case an admin changed it since the file was written; an
  // account promoted to admin is never advertised.
  const liveRoles = new Map(live.map((user) => [user.email, user.role]));
  return stored.flatMap((account): DemoCredential[] => {
    const role = liveRoles.get(account.email);
    return role === "student" || role === "teacher" ? [{ ...account, role }] : [];
  });
}
