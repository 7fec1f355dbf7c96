import Link from "next/link";
import { countLabel } from "@/lib/format/count-label";
import type { ClassSummary } from "./types";

/** The teacher's classes as cards, each linking to its class page. */
export function ClassList({ classes, labelledBy }: { classes: ClassSummary[]; labelledBy: string }) {
  return (
    <ul aria-labelledby={labelledBy} className="grid gap-3 md:grid-cols-2">
      {classes.map((item) => (
        <li key={item.id} className="flex flex-col gap-2 rounded-[var(--radius-card)] border border-line bg-surface p-4">
          <h3 className="text-lg font-semibold leading-snug">
            <Link href={`/teach/classes/${item.id}`} className="inline-flex min-h-11 items-center text-brand underline-offset-4 hover:underline">
              {item.name}
            </Link>
          </h3>
          {item.description ? <p className="line-clamp-2 text-muted">{item.description}</p> : null}
          <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
            <span>{countLabel(item.studentCount, "student")}</span>
            <span>
              Code <span className="font-mono font-semibold tracking-wider text-ink">{item.joinCode}</span>
            </span>
            {item.access === "co" ? <span>You co-teach this class</span> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
