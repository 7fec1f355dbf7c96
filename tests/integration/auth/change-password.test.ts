import { describe, expect, it } from "vitest";
import { AMINA, withOneAccount } from "@/tests/helpers/one-account";
import { testProviders } from "@/tests/helpers/test-db";
import { findSessionUser, openAuthSession } from "@/lib/server/auth/session-store";
import { AppError } from "@/lib/server/errors";
import { changePassword } from "@/lib/server/services/users/change-password";
import { DEMO_ACCOUNT_MESSAGE } from "@/lib/server/services/users/ensure-demo-accounts";
import { verifyCredentials } from "@/lib/server/services/users/verify-credentials";

const { email, password, ip } = AMINA;
const newPassword = "seven quiet herons at dusk";
const DAY_SECONDS = 24 * 60 * 60;

describe.each(testProviders())("changing a password on %s", (provider) => {
  const account = withOneAccount(provider);

  const change = (input: Record<string, string>, now = new Date()) =>
    changePassword(account.db, { id: account.userId }, { currentPassword: password, newPassword, confirmPassword: newPassword, ...input }, { ip, now });
  const signIn = (attempt: { email?: string; password: string }) => verifyCredentials(account.db, { email, ip, ...attempt });
  const refusal = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as AppError);
  async function openSession(forUserId = account.userId) {
    const { sid } = await openAuthSession(account.db, forUserId, new Date(), DAY_SECONDS);
    return { userId: forUserId, sid, tokenVersion: 0 };
  }

  it("takes the new password, refuses the old one, and signs out every session of the account only", async () => {
    const phone = await openSession();
    const laptop = await openSession();
    const other = await account.db.user.create({ data: { email: "sam@example.com", name: "Sam", passwordHash: account.passwordHash, role: "student" } });
    const othersSession = await openSession(other.id);

    expect(await change({})).toEqual({ id: account.userId, tokenVersion: 1 });

    expect(await signIn({ password })).toMatchObject({ ok: false, reason: "invalid" });
    expect(await signIn({ password: newPassword })).toMatchObject({ ok: true, user: { tokenVersion: 1 } });
    expect(await findSessionUser(account.db, phone, new Date())).toBeNull();
    expect(await findSessionUser(account.db, laptop, new Date())).toBeNull();
    expect(await account.db.authSession.count({ where: { userId: account.userId, revokedAt: null } })).toBe(0);
    expect(await findSessionUser(account.db, othersSession, new Date())).toMatchObject({ id: other.id });
  });

  it("refuses a wrong current password next to its field, changes nothing, and counts it like a failed sign-in", async () => {
    const session = await openSession();
    const now = new Date();
    for (let i = 0; i < 4; i += 1) {
      const error = await refusal(change({ currentPassword: `wrong ${i}` }, now));
      expect(error).toMatchObject({ status: 400, field: "currentPassword", message: "That is not your current password." });
    }
    expect(await findSessionUser(account.db, session, now)).not.toBeNull();
    expect((await account.db.user.findUniqueOrThrow({ where: { id: account.userId } })).tokenVersion).toBe(0);

    // The fifth failure locks the account, for the change form and for sign-in alike.
    expect(await refusal(change({ currentPassword: "wrong 4" }, now))).toMatchObject({
      status: 429,
      field: "currentPassword",
      message: "Too many wrong passwords. Try again in 5 minutes.",
    });
    expect(await refusal(change({}, now))).toMatchObject({ status: 429 });
    expect(await verifyCredentials(account.db, { email, password, ip }, now)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await signIn({ password: newPassword })).toMatchObject({ ok: false });
  });

  it.each([
    [{ confirmPassword: "seven quiet herons at dawn" }, "confirmPassword", "This is not the same as the new password. Type it again."],
    [{ newPassword: password, confirmPassword: password }, "newPassword", "This is your current password. Choose a new one."],
    [{ newPassword: "short", confirmPassword: "short" }, "newPassword", "Use at least 8 characters."],
    [{ newPassword: "password123", confirmPassword: "password123" }, "newPassword", "This password is one of the most common ones and easy to guess. Choose another."],
    [{ newPassword: "Amina@Example.com", confirmPassword: "Amina@Example.com" }, "newPassword", "Do not use your email address as your password."],
    [{ currentPassword: "" }, "currentPassword", "Enter your current password."],
  ])("refuses %o next to %s, without counting a failure", async (input, field, message) => {
    expect(await refusal(change(input))).toMatchObject({ status: 400, field, message });
    expect(await account.db.loginThrottle.count()).toBe(0);
    expect(await signIn({ password })).toMatchObject({ ok: true });
  });

  it("keeps a demo account's published password", async () => {
    await account.db.user.update({ where: { id: account.userId }, data: { isDemo: true } });
    expect(await refusal(change({}))).toMatchObject({ status: 403, message: DEMO_ACCOUNT_MESSAGE });
    expect(await signIn({ password })).toMatchObject({ ok: true });
  });

  it("reports an account deleted in the meantime", async () => {
    await account.db.user.delete({ where: { id: account.userId } });
    expect(await refusal(change({}))).toMatchObject({ status: 404 });
  });
});
