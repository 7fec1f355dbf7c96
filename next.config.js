// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // A second build folder lets two builds (e.g. parallel e2e runs) live side by side.
  distDir: process.env.GROUNDWORK_DIST_DIR || ".next",
  // forbidden() and unauthorized() render app/forbidden.tsx instead of a crash.
  experimental: { authInterrupts: true },
  // Native modules and Prisma's runtime (with its WebAssembly query compilers) stay
  // outside the bundle: Node loads them once from node_modules.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "@prisma/client", "@prisma/adapter-better-sqlite3", "@prisma/adapter-pg", "pg"],
};

module.exports = nextConfig;
