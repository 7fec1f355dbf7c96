import { randomInt } from "node:crypto";
import { hash, parseOptions, verify, type Algorithm } from "@node-rs/argon2";

// The ambient const enum cannot be read under isolatedModules; 2 is Algorithm.Argon2id.
const ARGON2ID = 2 as Algorithm;

/**
 * argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane):
 * about 20-40 ms per hash on one core, cheap enough for a 2-core server,
 * costly for an offline attacker.
 */
export const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Hashes a password into a self-describing PHC string ($argon2id$v=19$m=19456,t=2,p=1$…). */
export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** True when `password` matches `passwordHash`; false (never throws) for a malformed hash. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/**
 * Spends the same time as checking a real password, for sign-ins with an
 * unknown email, so response times do not reveal which emails have accounts.
 */
export async function verifyAgainstDummyHash(password: string): Promise<void> {
  dummyHash ??= hash("groundwork-dummy-password", ARGON2_OPTIONS);
  await verifyPassword(await dummyHash, password);
}

/** True when a stored hash was made with weaker (or other) parameters than today's, so it should be replaced. */
export function needsRehash(passwordHash: string): boolean {
  try {
    const used = parseOptions(passwordHash);
    return (
      used.algorithm !== ARGON2_OPTIONS.algorithm ||
      used.memoryCost !== ARGON2_OPTIONS.memoryCost ||
      used.timeCost !== ARGON2_OPTIONS.timeCost ||
      used.parallelism !== ARGON2_OPTIONS.parallelism
    );
  } catch {
    return true;
  }
}

// No look-alike characters (0/O, 1/l/I), so the password can be typed from a phone screen.
const PASSWORD_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** A random password of four 5-character groups (about 114 bits), e.g. "k7Rm2-…": for demo accounts and reset passwords. */
export function randomPassword(): string {
  const groups = Array.from({ length: 4 }, () =>
    Array.from({ length: 5 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join(""),
  );
  return groups.join("-");
}
