// `postinstall` / `npm run db:generate`: generates one Prisma client per
// database into lib/server/generated/<provider> (gitignored), offline.
import { runPrisma } from "./prisma-cli.mjs";

for (const provider of ["sqlite", "postgresql"]) {
  runPrisma(["generate", "--no-hints", "--schema", `prisma/${provider}/schema.prisma`]);
}
