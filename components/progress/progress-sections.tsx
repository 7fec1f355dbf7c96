import Link from "next/link";
import { MasteryShareBar, MasteryShareKey } from "@/components/charts/mastery-share-bar";
import { ModuleDisclosure } from "@/components/ui/module-disclosure";
import type { AttemptHistoryEntry, FactGroupView, FactMasteryView, ModuleMasteryView, TopicView } from "./types";

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

export function ModuleMasteryList({ modules }: { modules: ModuleMasteryView[] }) {
  return (
    <div className="flex flex-col gap-4">
      <MasteryShareKey />
      <ul className="flex flex-col gap-4">
        {modules.map((module) => (
          <li key={module.slug} className="flex flex-col gap-1">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              {/* The padding, taken back by the margin, makes a 44 px touch target without spacing the row out. */}
              <Link href={`/lessons/${module.slug}`} className="-my-2.5 inline-block py-2.5 font-semibold underline-offset-4 hover:underline">
                {module.title}
              </Link>
              <span className="text-sm text-muted">
                {module.masteredFacts} mastered · {module.learningFacts} learning · {module.factsTotal} facts ·{" "}
                {module.accuracy === null ? "no answers yet" : `${percent(module.accuracy)} recently right`}
              </span>
            </div>
            <MasteryShareBar
              mastered={module.masteredFacts}
              learning={module.learningFacts}
              notStarted={module.factsTotal - module.masteredFacts - module.learningFacts}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Strongest and weakest topics side by side (stacked on a phone). */
export function TopicExtremes({ strongest, weakest, minAnswers }: { strongest: TopicView[]; weakest: TopicView[]; minAnswers: number }) {
  if (strongest.length === 0 && weakest.length === 0) return <p className="text-muted">Answer a few questions to see your strongest and weakest topics.</p>;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      {/* Empty when every rated topic has fewer than half its answers right. The bar is said: beside a
          module "100% recently right" from one answer, a bare "no topic" read as a contradiction. */}
      <TopicList heading="Strongest" topics={strongest} tone="good" empty={`No topic with ${minAnswers} or more answers has half of them right yet.`} />
      {/* Empty when only one topic has enough answers: it is listed as strongest, not as both. */}
      <TopicList heading="Needs work" topics={weakest} tone="bad" empty="Answer questions on more topics to compare them." />
    </div>
  );
}

function TopicList({ heading, topics, tone, empty }: { heading: string; topics: TopicView[]; tone: "good" | "bad"; empty: string }) {
  return (
    <div className={`rounded-lg border-l-4 p-4 ${tone === "good" ? "border-good bg-good-soft" : "border-bad bg-bad-soft"}`}>
      <h3 className="mb-2 font-bold">{heading}</h3>
      {topics.length === 0 ? (
        <p className="text-sm">{empty}</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {topics.map((topic) => (
            // Wraps: a long topic ("Counterterrorism") beside its figures is wider than a 390 px phone's box.
            <li key={topic.label} className="flex flex-wrap justify-between gap-x-3">
              <span>{topic.label}</span>
              <span className="ml-auto shrink-0 tabular-nums">
                <span className="font-semibold">{percent(topic.accuracy)}</span>
                <span className="text-sm">
                  {" "}
                  · {topic.right} of {topic.answered} right
                </span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Per-fact mastery, one disclosure per module: a year of practice is hundreds
 * of facts, too long a scroll on a phone. A lone module starts open, as there
 * is nothing to choose between.
 */
export function FactMasteryGroups({ groups }: { groups: FactGroupView[] }) {
  if (groups.length === 0) return <p className="text-muted">No facts practised yet.</p>;
  return (
    <ul className="mt-3 flex flex-col gap-2">
      {groups.map((group) => (
        <li key={group.slug}>
          <ModuleDisclosure title={group.title} counts={`${group.facts.length} of ${group.factsTotal} facts practised · ${group.masteredFacts} mastered`} open={groups.length === 1}>
            <ul className="flex flex-col divide-y divide-line">
              {group.facts.map((fact) => (
                <li key={fact.factId} className="flex flex-col gap-1 py-3">
                  <p>{fact.text}</p>
                  <p className="flex flex-wrap items-center gap-x-2 text-sm text-muted">
                    <LevelBadge level={fact.level} />
                    <span>
                      {fact.correct} of {fact.seen} right{fact.dueLabel ? ` · review ${fact.dueLabel}` : ""}
                    </span>
                  </p>
                </li>
              ))}
            </ul>
          </ModuleDisclosure>
        </li>
      ))}
    </ul>
  );
}

export function AttemptHistory({ attempts }: { attempts: AttemptHistoryEntry[] }) {
  if (attempts.length === 0) return <p className="text-muted">No quizzes yet: the history lists every quiz you start, finished or not.</p>;
  return (
    <ul className="flex flex-col divide-y divide-line">
      {attempts.map((attempt) => (
        <li key={attempt.id}>
          <Link href={attempt.href} className="flex min-h-11 items-center justify-between gap-3 py-2 hover:bg-surface">
            <span className="flex flex-col">
              <span className="font-semibold">{attempt.title}</span>
              <span className="text-sm text-muted">
                {attempt.modeLabel} · <span className="whitespace-nowrap">{attempt.whenLabel}</span>
              </span>
            </span>
            <span className={`shrink-0 tabular-nums ${attempt.isOpen ? "text-sm text-muted" : "font-bold"}`}>{attempt.resultLabel}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

const levelStyles: Record<FactMasteryView["level"], string> = {
  new: "border-line bg-canvas",
  learning: "border-warn bg-warn-soft",
  mastered: "border-good bg-good-soft",
};

function LevelBadge({ level }: { level: FactMasteryView["level"] }) {
  return <span className={`rounded-full border px-2 py-0.5 text-xs font-bold text-ink ${levelStyles[level]}`}>{level === "new" ? "New" : level === "learning" ? "Learning" : "Mastered"}</span>;
}
