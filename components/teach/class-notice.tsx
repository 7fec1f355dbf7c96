import { Alert } from "@/components/ui/alert";

/** What the class page says after an action succeeded (the action redirects with ?notice=<key>). */
const CLASS_NOTICES = {
  created: "Class created. Share the code or the link below with your students.",
  "code-rotated": "New code made. The old code and link no longer work.",
  "student-removed": "Student removed from the class. They have been told, and the class code lets them back in.",
  archived: "Class archived. Nobody can join it until you restore it.",
  restored: "Class restored. Its code works again.",
  "co-teacher-added": "Co-teacher added. They can open this class from their Teaching page.",
  "co-teacher-removed": "Co-teacher removed. They have been told.",
  "assignment-deleted": "Assignment deleted. It no longer shows in your students' lists or notifications.",
  "handed-over": "Class handed over. Its new owner has been told, and you stay on as a co-teacher.",
} as const;

export type ClassNoticeKey = keyof typeof CLASS_NOTICES;

/** The notice for a `?notice=` value; unknown values show nothing (the URL is not trusted text). */
export function ClassNotice({ notice }: { notice: unknown }) {
  if (typeof notice !== "string" || !(notice in CLASS_NOTICES)) return null;
  return (
    <Alert tone="good">
      <p id="class-notice">{CLASS_NOTICES[notice as ClassNoticeKey]}</p>
    </Alert>
  );
}
