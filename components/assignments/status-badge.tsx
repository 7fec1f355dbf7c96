import type { AssignmentStatusTone } from "./types";

const tones: Record<AssignmentStatusTone, string> = {
  todo: "border-brand bg-brand-soft",
  progress: "border-brand bg-brand-soft",
  done: "border-good bg-good-soft",
  late: "border-warn bg-warn-soft",
  missing: "border-bad bg-bad-soft",
  upcoming: "border-line bg-canvas",
};

/** An assignment's standing as a labelled pill: the words carry the meaning, the colour only repeats it. */
export function StatusBadge({ label, tone }: { label: string; tone: AssignmentStatusTone }) {
  return <span className={`inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-semibold text-ink ${tones[tone]}`}>{label}</span>;
}
