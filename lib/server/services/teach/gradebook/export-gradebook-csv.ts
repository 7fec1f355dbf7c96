import "server-only";
import type { Actor } from "@/lib/server/auth/permissions";
import type { Db } from "@/lib/server/db";
import { itemWording } from "@/lib/format/item-wording";
import { feedbackFor, parseFactSlugs, parseInput, parseKey, resolveOptions, toClientItem, type ServiceOptions } from "@/lib/server/services/learn/attempt-records";
import { attemptOutcome } from "@/lib/server/services/learn/assignments/attempt-deadline";
import { csvCell } from "@/lib/server/services/learn/export-my-data";
import { ASSIGNMENT_STATUS_LABELS } from "@/lib/server/services/teach/assignment-status";
import { findTaughtClass } from "@/lib/server/services/teach/class-access";
import { csvExportKindSchema } from "@/lib/validation/gradebook";
import { loadClassRecords, type ClassRecords } from "./class-records";
import { getGradebook } from "./get-gradebook";

export interface CsvFile {
  filename: string;
  contentType: string;
  body: string;
}

export const ASSIGNMENT_CSV_HEADER = [
  "student_name", "student_email", "assignment_title", "assignment_id", "due_at", "status", "score", "max_score",
  "score_percent", "submitted_at", "is_late", "attempts_used", "left_at",
];
export const RESPONSE_CSV_HEADER = [
  "student_name", "student_email", "assignment_title", "assignment_id", "attempt_number", "attempt_status", "counts",
  "position", "item_type", "fact_slugs", "prompt", "answer", "correct", "expected", "answered_at", "time_ms", "left_at",
];

function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function fileStem(className: string, now: Date): string {
  const name = className.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40) || "class";
  return `gradebook-${name}-${now.toISOString().slice(0, 10)}`;
}

/**
 * The class's gradebook as a CSV file for a spreadsheet: `assignments` has
 * one row per student per assignment (the gradebook's cells), `responses` one
 * row per item of every attempt on the class's assignments (with whether that
 * attempt is the one that counts): each answered item, and each item left
 * blank in handed-in work, with `correct` "unanswered" and no answer or time. Students who left the class
 * after handing work in are there as in the gradebook, with `left_at` (empty
 * for current students): their cells other than handed-in work read "Left the
 * class", and only the answers of their handed-in attempts are listed.
 * `attempt_status` is an AttemptOutcome: in_progress, submitted, expired
 * (closed at its time limit) or closed_at_due_date.
 * RFC 4180 quoting, CRLF line ends, and text a spreadsheet would run as a
 * formula (= + - @) is prefixed with an apostrophe.
 *
 * @param kind "assignments" | "responses" (validated here)
 * @throws AppError 404 (not the actor's class), 400 (unknown kind)
 */
export async function exportGradebookCsv(actor: Actor, classId: string, kind: unknown, options: ServiceOptions = {}): Promise<CsvFile> {
  const { db, now } = resolveOptions(options);
  const chosen = parseInput(csvExportKindSchema, kind);
  const contentType = "text/csv; charset=utf-8";

  if (chosen === "assignments") {
    const gradebook = await getGradebook(actor, classId, { db, now });
    const rows = gradebook.rows.flatMap((row) =>
      row.cells.map((cell, index) => {
        const assignment = gradebook.assignments[index];
        return [
          row.student.name,
          row.student.email,
          assignment?.title ?? "",
          cell.assignmentId,
          assignment?.dueAt.toISOString() ?? "",
          ASSIGNMENT_STATUS_LABELS[cell.status],
          cell.score === null ? "" : String(cell.score),
          cell.score === null || cell.maxScore === null ? "" : String(cell.maxScore),
          cell.scorePercent === null ? "" : String(cell.scorePercent),
          cell.submittedAt?.toISOString() ?? "",
          cell.isLate ? "yes" : "no",
          String(cell.attemptsUsed),
          row.leftAt?.toISOString() ?? "",
        ];
      }),
    );
    return { filename: `${fileStem(gradebook.className, now)}-assignments.csv`, contentType, body: toCsv(ASSIGNMENT_CSV_HEADER, rows) };
  }

  const taughtClass = await findTaughtClass(db, actor, classId);
  const records = await loadClassRecords(db, taughtClass.id, now);
  return { filename: `${fileStem(taughtClass.name, now)}-responses.csv`, contentType, body: toCsv(RESPONSE_CSV_HEADER, await responseRows(db, records)) };
}

async function responseRows(db: Db, records: ClassRecords): Promise<string[][]> {
  const studentById = new Map(records.students.map((student) => [student.id, student]));
  const assignmentById = new Map(records.assignments.map((assignment) => [assignment.id, assignment]));
  const items = await db.attemptItem.findMany({
    where: {
      attempt: { assignmentId: { in: [...assignmentById.keys()] }, userId: { in: [...studentById.keys()] } },
      // A question left blank in handed-in work is a skip the teacher should see (UX review); in work under way it may yet be answered.
      OR: [{ response: { isNot: null } }, { attempt: { status: { not: "in_progress" } } }],
    },
    select: {
      position: true,
      type: true,
      factSlugs: true,
      client: true,
      key: true,
      response: { select: { answer: true, isCorrect: true, normalised: true, answeredAt: true, timeMs: true } },
      attempt: { select: { id: true, userId: true, assignmentId: true, attemptNumber: true, status: true, deadlineAt: true } },
    },
  });

  const rows = items.flatMap((row) => {
    const student = studentById.get(row.attempt.userId);
    const assignment = row.attempt.assignmentId ? assignmentById.get(row.attempt.assignmentId) : undefined;
    if (!student || !assignment) return [];
    // Of a student who left, only handed-in work is on the class's record.
    if (student.leftAt && row.attempt.status === "in_progress") return [];
    const item = toClientItem(row.client);
    const key = parseKey(row.key);
    const counted = records.standing(student.id, assignment.id).countedAttempt;
    return [
      {
        sortKey: [student.name, student.email, assignment.dueAt.toISOString(), assignment.id, String(row.attempt.attemptNumber).padStart(4, "0"), String(row.position).padStart(4, "0")],
        cells: [
          student.name,
          student.email,
          assignment.title,
          assignment.id,
          String(row.attempt.attemptNumber),
          attemptOutcome(row.attempt, assignment),
          counted?.id === row.attempt.id ? "yes" : "no",
          String(row.position + 1),
          row.type,
          parseFactSlugs(row.factSlugs).join(" "),
          itemWording(item),
          row.response ? feedbackFor(item, key, row.response).yourAnswer : "",
          row.response ? (row.response.isCorrect ? "yes" : "no") : "unanswered",
          key.expected,
          row.response?.answeredAt.toISOString() ?? "",
          row.response && row.response.timeMs !== null ? String(row.response.timeMs) : "",
          student.leftAt?.toISOString() ?? "",
        ],
      },
    ];
  });
  // Student, then assignment by due date, then attempt and position: the order a teacher reads in.
  rows.sort((a, b) => {
    for (let i = 0; i < a.sortKey.length; i++) {
      const order = (a.sortKey[i] as string).localeCompare(b.sortKey[i] as string);
      if (order !== 0) return order;
    }
    return 0;
  });
  return rows.map((row) => row.cells);
}
