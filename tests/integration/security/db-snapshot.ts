/**
 * Every row of user data, in a form two snapshots can be compared by: a
 * refused call must leave each table exactly as it was.
 */
import type { Db } from "@/lib/server/db";

const tableReaders = {
  User: (db: Db) => db.user.findMany(),
  AuthSession: (db: Db) => db.authSession.findMany(),
  LoginThrottle: (db: Db) => db.loginThrottle.findMany(),
  Attempt: (db: Db) => db.attempt.findMany(),
  AttemptItem: (db: Db) => db.attemptItem.findMany(),
  Response: (db: Db) => db.response.findMany(),
  FactMemory: (db: Db) => db.factMemory.findMany(),
  ReviewLog: (db: Db) => db.reviewLog.findMany(),
  Classroom: (db: Db) => db.classroom.findMany(),
  ClassTeacher: (db: Db) => db.classTeacher.findMany(),
  Enrollment: (db: Db) => db.enrollment.findMany(),
  Assignment: (db: Db) => db.assignment.findMany(),
  Notification: (db: Db) => db.notification.findMany(),
} satisfies Record<string, (db: Db) => Promise<object[]>>;

export type UserDataTable = keyof typeof tableReaders;
export type DbSnapshot = Record<UserDataTable, string[]>;

export async function snapshotUserData(db: Db): Promise<DbSnapshot> {
  const snapshot = {} as DbSnapshot;
  for (const [table, read] of Object.entries(tableReaders) as [UserDataTable, (db: Db) => Promise<object[]>][]) {
    // Sorted serialised rows: the comparison ignores row order, which neither database promises.
    snapshot[table] = (await read(db)).map((row) => JSON.stringify(row)).sort();
  }
  return snapshot;
}

/** The snapshot without the tables a call may legitimately write (e.g. the join-guess counter). */
export function withoutTables(snapshot: DbSnapshot, tables: readonly UserDataTable[]): Partial<DbSnapshot> {
  return Object.fromEntries(Object.entries(snapshot).filter(([table]) => !tables.includes(table as UserDataTable)));
}
