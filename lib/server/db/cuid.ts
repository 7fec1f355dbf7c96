import { randomFillSync } from "node:crypto";
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

// The random part comes from a pool refilled 4 kB at a time: one call into the
// CSPRNG per ~680 ids. A call costs far more than the 6 bytes it returns (more
// still inside Next.js, which wraps node:crypto), and every answer takes 2–3 ids.
const POOL_BYTES = 4096;
const RANDOM_BYTES = 6;
const pool = Buffer.alloc(POOL_BYTES);
let poolOffset = POOL_BYTES;

function random48(): number {
  if (poolOffset + RANDOM_BYTES > POOL_BYTES) {
    randomFillSync(pool);
    poolOffset = 0;
  }
  const value = pool.readUIntBE(poolOffset, RANDOM_BYTES);
  poolOffset += RANDOM_BYTES;
  return value;
}

export function cuid(): string {
  counter = (counter + 1) % COUNTER_SPACE;
  const random = random48().toString(BASE).padStart(8, "0").slice(-8);
  return `c${Date.now().toString(BASE).padStart(8, "0")}${counter.toString(BASE).padStart(4, "0")}${fingerprint}${random}`;
}
