import type { FormState } from "@/lib/validation/classes";

/** Plain data the teacher's class components show (services map their results to these). */

export type ClassSummary = {
  id: string;
  name: string;
  description: string | null;
  joinCode: string;
  access: "owner" | "co";
  studentCount: number;
};

export type RosterStudent = { id: string; name: string; email: string; joinedLabel: string };

export type ClassTeacherRow = { id: string; name: string; email: string; role: "owner" | "co" };

export type AssignmentRow = { id: string; title: string; dueLabel: string; modeLabel: string; submittedCount: number; studentCount: number };

/** A server action for useActionState: previous state and the form's data in, the new state out. */
export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;
