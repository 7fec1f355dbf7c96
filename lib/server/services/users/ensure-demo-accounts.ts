import { dataDirectory, isDemoMode } from "@/lib/server/auth/environment";
import { isUniqueViolation, type Db } from "@/lib/server/auth/database";
import { writeDemoCredentials, type DemoCredential } from "@/lib/server/auth/demo-credentials-file";
import { hashPassword, randomPassword } from "@/lib/server/auth/password";

type Env = Record<string, string | undefined>;

/** Why a demo account's name and password cannot be changed: shared by the refusals and the account page. */
export const DEMO_ACCOUNT_MESSAGE =
  "Demo accounts are shared by everyone trying the app, so their name and password stay as they are. Create your own account to choose yours.";

export type EnsureDemoAccountsOptions = {
  env?: Env;
  /** Where demo-credentials.json goes; defaults to .data/. */
  dataDir?: string;
  log?: (line: string) => void;
  now?: Date;
};

export type EnsureDemoAccountsResult =
  | { created: true; accounts: DemoCredential[] }
  | { created: false; reason: "demo mode is off" | "users exist" };

/**
 * In demo mode, when the database has no user at all, creates a demo student
 * and a demo teacher with fresh random passwords (never a fixed default),
 * prints their credentials and stores them in .data/demo-credentials.json for
 * the sign-in page. Does nothing when demo mode is off or any user exists, so
 * it is safe to call on every start.
 */
export async function ensureDemoAccounts(db: Db, options: EnsureDemoAccountsOptions = {}): Promise<EnsureDemoAccountsResult> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? new Date();
  if (!isDemoMode(env)) return { created: false, reason: "demo mode is off" };
  if ((await db.user.count()) > 0) return { created: false, reason: "users exist" };

  const accounts: DemoCredential[] = [
    { role: "student", name: "Demo Student", email: "demo-student@example.com", password: randomPassword() },
    { role: "teacher", name: "Demo Teacher", email: "demo-teacher@example.com", password: randomPassword() },
  ];
  const rows = await Promise.all(
    accounts.map(async (account) => ({
      email: account.email,
      name: account.name,
      role: account.role,
      isDemo: true,
      passwordHash: await hashPassword(account.password),
    })),
  );
  try {
    await db.$transaction(rows.map((data) => db.user.create({ data, select: { id: true } })));
  } catch (error) {
    // Another process started at the same moment and created them first.
    if (isUniqueViolation(error)) return { created: false, reason: "users exist" };
    throw error;
  }

  writeDemoCredentials(options.dataDir ?? dataDirectory(env), accounts, now);
  log("Demo mode: created demo accounts (also shown on the sign-in page):");
  for (const account of accounts) log(`  ${account.role.padEnd(7)}  ${account.email}  password: ${account.password}`);
  return { created: true, accounts };
}
