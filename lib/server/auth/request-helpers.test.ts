import { describe, expect, it } from "vitest";
import { authPageHref, safeNextPath } from "@/lib/validation/auth";
import { clientIp } from "./client-ip";
import { isDemoMode, isHttpsRequest } from "./environment";
import { isProtectedPath } from "./request-markers";
import { contentSecurityPolicy, staticSecurityHeaders } from "./security-headers";

describe("safeNextPath (no open redirects)", () => {
  it("keeps same-origin relative paths", () => {
    expect(safeNextPath("/lessons/intro?step=2#q")).toBe("/lessons/intro?step=2#q");
  });

  it.each(["https://evil.example", "//evil.example", "/\\evil.example", "/a/../..//evil.example", "javascript:alert(1)", "/x\nSet-Cookie:", "", undefined, 42, "/sign-in"])(
    "falls back to the dashboard for %j",
    (next) => {
      expect(safeNextPath(next)).toBe("/dashboard");
    },
  );
});

describe("authPageHref", () => {
  it("keeps where the visitor was going, and nothing when that is the default", () => {
    expect(authPageHref("/sign-up", "/join/AB12-CD34")).toBe("/sign-up?next=%2Fjoin%2FAB12-CD34");
    expect(authPageHref("/sign-in", "/dashboard")).toBe("/sign-in");
    expect(authPageHref("/sign-in", null)).toBe("/sign-in");
  });
});

describe("isProtectedPath", () => {
  it("covers each protected area and below, not look-alike paths", () => {
    expect(["/dashboard", "/teach/classes/1", "/quiz/abc", "/account"].every(isProtectedPath)).toBe(true);
    expect(["/", "/sign-in", "/teacher", "/api/auth/session"].some(isProtectedPath)).toBe(false);
  });
});

describe("clientIp", () => {
  it("takes the last X-Forwarded-For entry (the one the nearest proxy added)", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9" }))).toBe("203.0.113.9");
    expect(clientIp({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
    expect(clientIp({ "x-real-ip": "2001:db8::1" })).toBe("2001:db8::1");
  });

  it("ignores garbage so it cannot mint unlimited throttle keys", () => {
    expect(clientIp({ "x-forwarded-for": "not-an-ip" })).toBe("unknown");
    expect(clientIp({})).toBe("unknown");
  });
});

describe("demo mode", () => {
  it("is on for SQLite, off for PostgreSQL in production, and GROUNDWORK_DEMO decides when set", () => {
    expect(isDemoMode({})).toBe(true);
    expect(isDemoMode({ NODE_ENV: "production", DATABASE_URL: "file:./.data/x.db" })).toBe(true);
    expect(isDemoMode({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/x" })).toBe(false);
    expect(isDemoMode({ NODE_ENV: "development", DATABASE_URL: "postgres://db/x" })).toBe(true);
    expect(isDemoMode({ NODE_ENV: "production", DATABASE_URL: "postgresql://db/x", GROUNDWORK_DEMO: "1" })).toBe(true);
    expect(isDemoMode({ GROUNDWORK_DEMO: "0" })).toBe(false);
  });
});

describe("isHttpsRequest", () => {
  const https = new Headers({ "x-forwarded-proto": "https" });
  const http = new Headers({ "x-forwarded-proto": "http" });

  it("follows NEXTAUTH_URL's scheme when it is set", () => {
    expect(isHttpsRequest(http, { NEXTAUTH_URL: "https://groundwork.example" })).toBe(true);
    expect(isHttpsRequest(https, { NEXTAUTH_URL: "http://192.168.1.10:3000" })).toBe(false);
  });

  it("otherwise follows the request's scheme, in production too", () => {
    expect(isHttpsRequest(https, { NODE_ENV: "production" })).toBe(true);
    expect(isHttpsRequest(http, { NODE_ENV: "production" })).toBe(false);
    expect(isHttpsRequest(new Headers(), { NODE_ENV: "production" })).toBe(false);
  });
});

describe("security headers", () => {
  it("allows scripts only by nonce in production, with no unsafe-inline or unsafe-eval", () => {
    const csp = contentSecurityPolicy("abc123", { isDev: false, isHttps: true });
    const scriptSrc = csp.split("; ").find((directive) => directive.startsWith("script-src "));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("worker-src 'self'");
    expect(csp).toContain("style-src 'self' 'nonce-abc123'");
    expect(csp).toContain("upgrade-insecure-requests");
  });

  it("adds what next dev needs in development only", () => {
    const csp = contentSecurityPolicy("n", { isDev: true, isHttps: false });
    expect(csp).toContain("'unsafe-eval'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("sends HSTS only when asked (production over https)", () => {
    expect(staticSecurityHeaders({ sendHsts: true })["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(staticSecurityHeaders({ sendHsts: false })["Strict-Transport-Security"]).toBeUndefined();
    expect(staticSecurityHeaders({ sendHsts: false })).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
  });
});
