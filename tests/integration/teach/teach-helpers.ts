/**
 * Shared set-up for the teacher's-side integration tests: users seeded
 * directly (no password hashing), and a class with enrolled students written
 * straight to the database, so a test of assignments or the gradebook does not
 * depend on the class services it is not testing.
 */
import type { Db } from "@/lib/server/db";
import { generateJoinCode } from "@/lib/server/services/teach/classes/join-code";
import { seedLearner } from "../learn/learn-helpers";

/** A seeded user in the shape services take as `actor` (plus what tests assert on). */
export interface SeededUser {
  id: string;
  email: string;
  name: string;
  role: "student" | "teacher" | "admin";
}

/** A student account (`label` becomes the name and the start of the email). */
export async function seedStudent(db: Db, label = "Student"): Promise<SeededUser> {
  const { id, email } = await seedLearner(db, label);
  return { id, email, name: label, role: "student" };
}

/** A teacher account. */
export async function seedTeacher(db: Db, label = "Teacher"): Promise<SeededUser> {
  const { id, email } = await seedLearner(db, label);
  await db.user.update({ where: { id }, data: { role: "teacher" } });
  return { id, email, name: label, role: "teacher" };
}

/** An admin account. */
export async function seedAdmin(db: Db, label = "Admin"): Promise<SeededUser> {
  const { id, email } = await seedLearner(db, label);
  await db.user.update({ where: { id }, data: { role: "admin" } });
  return { id, email, name: label, role: "admin" };
}

export interface SeededClass {
  classroom: { id: string; name: string; joinCode: string; ownerId: string };
  enrollments: { classId: string; userId: string; joinedAt: Date }[];
}

/** When seeded students joined by default: before any test's dates, so no assignment counts as due before they joined. */
export const SEEDED_JOINED_AT = new Date("2020-01-01T00:00:00Z");

/**
 * A class owned by `teacher` (ClassTeacher row "owner") with every one of
 * `students` enrolled (since `joinedAt`, default SEEDED_JOINED_AT). Pass
 * `coTeachers` to add co-teachers.
 */
export async function seedClassWithStudents(
  db: Db,
  teacher: { id: string },
  students: readonly { id: string }[],
  options: { name?: string; coTeachers?: readonly { id: string }[]; joinedAt?: Date } = {},
): Promise<SeededClass> {
  const classroom = await db.classroom.create({
    data: {
      name: options.name ?? "Seeded class",
      joinCode: generateJoinCode(),
      ownerId: teacher.id,
      teachers: {
        create: [{ userId: teacher.id, role: "owner" }, ...(options.coTeachers ?? []).map((co) => ({ userId: co.id, role: "co" }))],
      },
    },
    select: { id: true, name: true, joinCode: true, ownerId: true },
  });
  const joinedAt = options.joinedAt ?? SEEDED_JOINED_AT;
  const enrollments = [];
  for (const student of students) {
    enrollments.push(
      await db.enrollment.create({ data: { classId: classroom.id, userId: student.id, joinedAt }, select: { classId: true, userId: true, joinedAt: true } }),
    );
  }
  return { classroom, enrollments };
}
