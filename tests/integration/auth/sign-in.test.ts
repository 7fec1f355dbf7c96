import { describe, expect, it } from "vitest";
import { createDb } from "@/lib/server/db";
import { AMINA, withOneAccount } from "@/tests/helpers/one-account";
import { testProviders } from "@/tests/helpers/test-db";
import { emailThrottleKey, ipThrottleKey, recordFailedSignIn } from "@/lib/server/auth/login-throttle";
import { EMAIL_THROTTLE, IP_THROTTLE } from "@/lib/server/auth/throttle-policy";
import { INVALID_CREDENTIALS_MESSAGE, verifyCredentials } from "@/lib/server/services/users/verify-credentials";

const { email, password, ip } = AMINA;
const MINUTE = 60_000;

describe.each(testProviders())("sign-in on %s", (provider) => {
  const account = withOneAccount(provider);

  const attempt = (overrides: Partial<{ email: string; password: string; ip: string }> = {}, now = new Date()) =>
    verifyCredentials(account.db, { email, password, ip, ...overrides }, now);

  it("accepts the right password and returns the user without its hash", async () => {
    const result = await attempt();
    expect(result).toMatchObject({ ok: true, user: { email, name: "Amina", role: "student", tokenVersion: 0 } });
    expect(JSON.stringify(result)).not.toContain("argon2");
  });

  it("gives an unknown email and a wrong password the very same answer", async () => {
    const wrongPassword = await attempt({ password: "not the right password" });
    const unknownEmail = await attempt({ email: "nobody@example.com", password: "not the right password" });
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid", message: INVALID_CREDENTIALS_MESSAGE });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("locks an account after 5 failures, says when to retry, and refuses even the right password", async () => {
    const now = new Date();
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await attempt({ password: `wrong ${i}` }, now));
    expect(results.slice(0, 4).every((result) => !result.ok && result.reason === "invalid")).toBe(true);
    expect(results[4]).toMatchObject({ ok: false, reason: "throttled", message: "Too many sign-in attempts. Try again in 5 minutes." });

    const aMinuteLater = new Date(now.getTime() + 60_500);
    expect(await attempt({}, aMinuteLater)).toMatchObject({ reason: "throttled", message: "Too many sign-in attempts. Try again in 4 minutes." });
  });

  it("throttles unknown emails exactly like known ones", async () => {
    const now = new Date();
    const known = [];
    const unknown = [];
    for (let i = 0; i < 6; i += 1) known.push(await attempt({ password: `wrong ${i}` }, now));
    for (let i = 0; i < 6; i += 1) unknown.push(await attempt({ email: "ghost@example.com", password: `wrong ${i}`, ip: "198.51.100.8" }, now));
    expect(unknown).toEqual(known);
  });

  it("keeps counting across a new database client (a restart or a second server)", async () => {
    const now = new Date();
    for (let i = 0; i < 3; i += 1) await attempt({ password: `wrong ${i}` }, now);
    const secondServer = createDb(account.url);
    try {
      for (let i = 3; i < 5; i += 1) await verifyCredentials(secondServer, { email, password: `wrong ${i}`, ip }, now);
      expect(await verifyCredentials(secondServer, { email, password, ip }, now)).toMatchObject({ reason: "throttled" });
      const row = await secondServer.loginThrottle.findUniqueOrThrow({ where: { key: emailThrottleKey(email) } });
      expect(row.failures).toBe(5);
      expect(row.lockedUntil?.getTime()).toBe(now.getTime() + EMAIL_THROTTLE.baseLockMs);
    } finally {
      await secondServer.$disconnect();
    }
  });

  it("counts every one of many concurrent failures", async () => {
    const now = new Date();
    const key = emailThrottleKey("concurrent@example.com");
    await Promise.all(Array.from({ length: 12 }, () => recordFailedSignIn(account.db, key, EMAIL_THROTTLE, now)));
    const row = await account.db.loginThrottle.findUniqueOrThrow({ where: { key } });
    expect(row.failures).toBe(12);
    // 12 failures with a limit of 5: the longest lock any of them asked for wins.
    expect(row.lockedUntil?.getTime()).toBe(now.getTime() + EMAIL_THROTTLE.maxLockMs);
  });

  it("doubles the lock for failures right after a lock ends, and forgets after a quiet window", async () => {
    const start = new Date("2026-03-01T10:00:00Z");
    for (let i = 0; i < 5; i += 1) await attempt({ password: `wrong ${i}` }, start);
    const afterLock = new Date(start.getTime() + 6 * MINUTE);
    expect(await attempt({ password: "wrong again" }, afterLock)).toMatchObject({ reason: "throttled", retryAfterSeconds: 10 * 60 });

    const longAfter = new Date(afterLock.getTime() + (10 + 16) * MINUTE);
    expect(await attempt({ password: "wrong once more" }, longAfter)).toMatchObject({ reason: "invalid" });
    const row = await account.db.loginThrottle.findUniqueOrThrow({ where: { key: emailThrottleKey(email) } });
    expect(row.failures).toBe(1);
  });

  it("resets the account counter on success but not the IP counter", async () => {
    for (let i = 0; i < 3; i += 1) await attempt({ password: `wrong ${i}` });
    expect((await attempt()).ok).toBe(true);
    expect(await account.db.loginThrottle.findUnique({ where: { key: emailThrottleKey(email) } })).toBeNull();
    expect((await account.db.loginThrottle.findUniqueOrThrow({ where: { key: ipThrottleKey(ip) } })).failures).toBe(3);
  });

  it("locks an IP address that fails across many accounts", async () => {
    const now = new Date();
    const key = ipThrottleKey(ip);
    for (let i = 0; i < IP_THROTTLE.maxFailures; i += 1) await recordFailedSignIn(account.db, key, IP_THROTTLE, now);
    expect(await attempt({}, now)).toMatchObject({ reason: "throttled" });
    // Another address is not affected.
    expect((await attempt({ ip: "203.0.113.1" }, now)).ok).toBe(true);
  });
});
