import Link from "next/link";
import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import { StatusBadge } from "./status-badge";
import type { StudentAssignmentCard } from "./types";

/**
 * The student's assignments on the dashboard: work to do first (soonest due
 * first), handed-in work folded away below. Each card links to the
 * assignment's page, where it is started.
 */
export function MyAssignments({ todo, done }: { todo: StudentAssignmentCard[]; done: StudentAssignmentCard[] }) {
  return (
    <section aria-labelledby="assignments-heading" className="flex flex-col gap-3">
      <h2 id="assignments-heading" className="text-xl font-bold">
        Your assignments
      </h2>
      {todo.length === 0 ? <p className="text-muted">Nothing to do right now: every assignment is handed in.</p> : <CardList cards={todo} />}
      {done.length > 0 ? (
        <details className="rounded-lg border border-line">
          <DisclosureSummary className="px-3 font-semibold">Handed in ({done.length})</DisclosureSummary>
          <div className="p-3">
            <CardList cards={done} />
          </div>
        </details>
      ) : null}
    </section>
  );
}

function CardList({ cards }: { cards: StudentAssignmentCard[] }) {
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {cards.map((card) => (
        <li key={card.id} className="relative flex flex-col gap-2 rounded-[var(--radius-card)] border border-line bg-surface p-4 focus-within:outline focus-within:outline-3 focus-within:outline-brand">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <StatusBadge label={card.statusLabel} tone={card.statusTone} />
            <span className="text-sm font-medium">{card.dueHint}</span>
          </div>
          {/* A title of one long word (a pasted link) broke out of the card and the phone's screen (UX review). */}
          <h3 className="font-semibold leading-snug [overflow-wrap:anywhere]">
            {/* The whole card is the link's target area (a stretched link), the title its accessible name. */}
            <Link href={`/assignments/${card.id}`} className="after:absolute after:inset-0 focus:outline-none">
              {card.title}
            </Link>
          </h3>
          <p className="text-sm text-muted [overflow-wrap:anywhere]">
            {card.className} · {card.dueLabel}
          </p>
          <p className="text-sm text-muted">{card.detail}</p>
        </li>
      ))}
    </ul>
  );
}
