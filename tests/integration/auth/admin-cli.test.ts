import { describe, expect, it } from "vitest";
import { AMINA, withOneAccount } from "@/tests/helpers/one-account";
import { testProviders } from "@/tests/helpers/test-db";
import { emailThrottleKey, ipThrottleKey } from "@/lib/server/auth/login-throttle";
import { findPasswordProblem } from "@/lib/server/auth/password-policy";
import { findSessionUser, openAuthSession } from "@/lib/server/auth/session-store";
import { EMAIL_THROTTLE } from "@/lib/server/auth/throttle-policy";
import { DEMO_ACCOUNT_MESSAGE } from "@/lib/server/services/users/ensure-demo-accounts";
import { verifyCredentials } from "@/lib/server/services/users/verify-credentials";
import { runAdmin, USAGE } from "@/scripts/admin/commands";

const { email, password, ip } = AMINA;
const DAY_SECONDS = 24 * 60 * 60;

describe.each(testProviders())("the admin CLI on %s", (provider) => {
  const account = withOneAccount(provider);

  /** Runs a command and collects what it printed. */
  async function admin(...args: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runAdmin(args, { db: account.db, out: (line) => out.push(line), err: (line) => err.push(line) });
    return { code, out: out.join("\n"), err: err.join("\n") };
  }
  const signIn = (attempt: { password: string; ip?: string }) => verifyCredentials(account.db, { email, ip, ...attempt });

  it("reset-password prints a new password that signs in, refuses the old one and ends every session", async () => {
    const { sid } = await openAuthSession(account.db, account.userId, new Date(), DAY_SECONDS);

    const result = await admin("reset-password", " Amina@Example.com ");
    expect(result).toMatchObject({ code: 0, err: "" });
    const printed = /New password for amina@example\.com: (\S+)/.exec(result.out)?.[1] ?? "";
    expect(findPasswordProblem(printed, { email })).toBeNull();

    expect(await signIn({ password })).toMatchObject({ ok: false, reason: "invalid" });
    expect(await signIn({ password: printed })).toMatchObject({ ok: true, user: { id: account.userId, tokenVersion: 1 } });
    expect(await findSessionUser(account.db, { userId: account.userId, sid, tokenVersion: 0 }, new Date())).toBeNull();
    expect(await account.db.authSession.count({ where: { userId: account.userId, revokedAt: null } })).toBe(0);
  });

  it("reset-password lifts the account's sign-in lock, not the address's", async () => {
    for (let i = 0; i < EMAIL_THROTTLE.maxFailures; i++) await signIn({ password: "not my password", ip: `203.0.113.${i}` });
    expect(await signIn({ password, ip: "203.0.113.99" })).toMatchObject({ ok: false, reason: "throttled" });
    const lockedAddress = ipThrottleKey("192.0.2.1");
    await account.db.loginThrottle.create({ data: { key: lockedAddress, failures: 50, windowStart: new Date(), lockedUntil: new Date(Date.now() + 60_000) } });

    const printed = /: (\S+)$/m.exec((await admin("reset-password", email)).out)?.[1] ?? "";
    expect(await account.db.loginThrottle.count({ where: { key: emailThrottleKey(email) } })).toBe(0);
    expect(await signIn({ password: printed, ip: "203.0.113.99" })).toMatchObject({ ok: true });
    expect(await account.db.loginThrottle.count({ where: { key: lockedAddress } })).toBe(1);
  });

  it("reset-password refuses a demo account and an unknown email, and changes nothing", async () => {
    await account.db.user.create({ data: { email: "demo-student@example.com", name: "Demo Student", passwordHash: account.passwordHash, role: "student", isDemo: true } });
    expect(await admin("reset-password", "demo-student@example.com")).toEqual({ code: 1, out: "", err: DEMO_ACCOUNT_MESSAGE });
    expect(await admin("reset-password", "nobody@example.com")).toEqual({ code: 1, out: "", err: "No account has the email nobody@example.com." });
    expect(await account.db.user.findMany({ select: { passwordHash: true, tokenVersion: true } })).toEqual([
      { passwordHash: account.passwordHash, tokenVersion: 0 },
      { passwordHash: account.passwordHash, tokenVersion: 0 },
    ]);
  });

  it("set-role changes the role and ends the sessions; a misused command prints the usage", async () => {
    expect(await admin("set-role", email, "teacher")).toEqual({ code: 0, out: `${email} is now teacher. Their existing sessions have ended.`, err: "" });
    expect(await account.db.user.findUniqueOrThrow({ where: { id: account.userId } })).toMatchObject({ role: "teacher", tokenVersion: 1 });
    expect(await admin("set-role", email, "wizard")).toMatchObject({ code: 2, err: 'Unknown role "wizard". Choose one of: student, teacher, admin.' });
    for (const args of [[], ["reset-password"], ["reset-password", email, "extra"], ["recompute-memory"], ["delete", email]]) {
      expect(await admin(...args)).toEqual({ code: 2, out: "", err: USAGE });
    }
    expect(await admin("recompute-memory", "nobody@example.com")).toEqual({ code: 1, out: "", err: "No account has the email nobody@example.com." });
  });
});
