import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * Import boundaries (see ARCHITECTURE in README): the engine is pure, the
 * content loader knows nothing of the server, and components never reach
 * into the server layer.
 */
const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

const config = [
  { ignores: [".next*/**", "node_modules/**", "lib/server/generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    files: ["lib/engine/**/*.ts"],
    // Tests and their fixtures read the real pack and the engine's sources from disk (purity.test.ts checks the engine itself).
    ignores: ["lib/engine/**/*.test.ts", "lib/engine/__fixtures__/**"],
    rules: restrict([
      { group: ["next", "next/*", "react", "react/*", "react-dom", "@prisma/*", "next-auth", "next-auth/*"], message: "lib/engine is pure: no framework or database imports." },
      { group: ["node:*", "fs", "path", "crypto", "child_process"], message: "lib/engine does no I/O: pass data in." },
      { group: ["@/lib/server/*", "**/lib/server/*", "@/lib/content/load*", "**/content/load*"], message: "lib/engine may use only content types, not the loader or the server." },
    ]),
  },
  {
    files: ["lib/content/**/*.ts"],
    rules: restrict([
      { group: ["next", "next/*", "react", "react/*", "@prisma/*", "next-auth", "next-auth/*"], message: "lib/content is independent of Next and Prisma." },
      { group: ["@/lib/server/*", "**/lib/server/*"], message: "lib/content must not import the server layer." },
    ]),
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: restrict([
      { group: ["@/lib/server/*", "**/lib/server/*", "@prisma/*", "next-auth", "next-auth/*"], message: "Components receive plain data; only lib/server talks to the database and auth." },
    ]),
  },
];

export default config;
