import { encode } from "next-auth/jwt";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";

process.env.NEXTAUTH_SECRET = "unit-test-secret-unit-test-secret-0123456789";
const { decodeSessionToken, encodeSessionToken, sessionCookie } = await import("./session-token");

describe("session tokens", () => {
  beforeAll(() => {
    expect(process.env.NEXTAUTH_SECRET).toBeDefined();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("round-trips userId, sid and tokenVersion", async () => {
    const token = await encodeSessionToken({ userId: "u1", sid: "s1", tokenVersion: 3 });
    expect(await decodeSessionToken(token)).toEqual({ userId: "u1", sid: "s1", tokenVersion: 3 });
  });

  it("rejects tokens from another secret, tampered or expired tokens, and tokens without our claims", async () => {
    const foreign = await encode({ token: { sub: "u1", sid: "s1", tv: 0 }, secret: "another-secret-another-secret-0123456789" });
    expect(await decodeSessionToken(foreign)).toBeNull();

    const token = await encodeSessionToken({ userId: "u1", sid: "s1", tokenVersion: 0 });
    const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(await decodeSessionToken(tampered)).toBeNull();

    // jose allows 15 s of clock skew, so expire it well before now.
    const expired = await encodeSessionToken({ userId: "u1", sid: "s1", tokenVersion: 0 }, -120);
    expect(await decodeSessionToken(expired)).toBeNull();

    const withoutSid = await encode({ token: { sub: "u1", tv: 0 }, secret: process.env.NEXTAUTH_SECRET! });
    expect(await decodeSessionToken(withoutSid)).toBeNull();
    expect(await decodeSessionToken(undefined)).toBeNull();
    expect(await decodeSessionToken("x".repeat(10_000))).toBeNull();
  });

  it("refuses a token it has decoded before once the token expires", async () => {
    const token = await encodeSessionToken({ userId: "u2", sid: "s2", tokenVersion: 1 }, 60);
    expect(await decodeSessionToken(token)).toEqual({ userId: "u2", sid: "s2", tokenVersion: 1 });
    expect(await decodeSessionToken(token)).toEqual({ userId: "u2", sid: "s2", tokenVersion: 1 });
    vi.useFakeTimers({ now: Date.now() + 10 * 60_000 });
    expect(await decodeSessionToken(token)).toBeNull();
  });

  it("uses an HttpOnly, SameSite=Lax cookie, Secure with the __Secure- prefix over https", () => {
    expect(sessionCookie(false)).toEqual({
      name: "next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: false },
    });
    expect(sessionCookie(true)).toEqual({
      name: "__Secure-next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
  });
});
