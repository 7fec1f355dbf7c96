import { afterAll, beforeAll, beforeEach } from "vitest";
import type { Db } from "@/lib/server/db";
import type { DatabaseProvider } from "@/lib/server/db/schema-files";
import { hashPassword } from "@/lib/server/auth/password";
import { createTestDatabase, type TestDatabase } from "./test-db";

/** The one account of the sign-in, password and admin tests, and the address it signs in from. */
export const AMINA = { email: "amina@example.com", password: "correct horse battery staple 42", ip: "198.51.100.7" } as const;

export interface OneAccount {
  readonly db: Db;
  /** The test database's URL, for a second client (another server). */
  readonly url: string;
  readonly userId: string;
  /** The hash of AMINA.password that the account was created with. */
  readonly passwordHash: string;
}

/**
 * Registers the describe block's hooks: a test database on `provider` for the block, and before
 * each test only Amina's student account in it, with no sessions and no sign-in locks.
 */
export function withOneAccount(provider: DatabaseProvider): OneAccount {
  let database: TestDatabase;
  let passwordHash = "";
  let userId = "";
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    passwordHash = await hashPassword(AMINA.password);
  });
  afterAll(async () => {
    await database?.drop();
  });
  beforeEach(async () => {
    await database.db.loginThrottle.deleteMany();
    await database.db.authSession.deleteMany();
    await database.db.user.deleteMany();
    userId = (await database.db.user.create({ data: { email: AMINA.email, name: "Amina", passwordHash, role: "student" } })).id;
  });
  return {
    get db() {
      return database.db;
    },
    get url() {
      return database.url;
    },
    get userId() {
      return userId;
    },
    get passwordHash() {
      return passwordHash;
    },
  };
}
