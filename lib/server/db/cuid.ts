import { randomBytes } from "node:crypto";
import os from "node:os";

/**
 * A cuid (v1), the same format Prisma's `@default(cuid())` writes, for rows
 * inserted with raw SQL. Ids from one process sort in creation order (time,
 * then a counter), which recomputeMemory relies on to replay ReviewLog rows
 * written in the same millisecond in the order they were written.
 */
const BASE = 36;
const COUNTER_SPACE = BASE ** 4;
const fingerprint = (process.pid.toString(BASE).slice(-2) + [...os.hostname()].reduce((sum, char) => sum + char.charCodeAt(0), 0).toString(BASE))
  .padStart(4, "0")
  .slice(-4);
let counter = 0;

export function cuid(): string {
  counter = (counter + 1) % COUNTER_SPACE;
  const random = BigInt(`0x${randomBytes(6).toString("hex")}`).toString(BASE).padStart(8, "0").slice(-8);
  return `c${Date.now().toString(BASE).padStart(8, "0")}${counter.toString(BASE).padStart(4, "0")}${fingerprint}${random}`;
}
