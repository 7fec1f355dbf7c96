import { DisclosureSummary } from "@/components/ui/disclosure-summary";
import type { GlossaryEntry, KeyFigure, LessonActor, LessonSection, TimelineEntry } from "@/lib/engine";
import { Citations } from "./citations";

/** The readable part of a lesson, as the engine built it (no quiz keys: those never reach this component). */
export interface LessonContent {
  title: string;
  introduction: { summary: string; objectives: string[] };
  sections: LessonSection[];
  timeline: TimelineEntry[];
  keyFigures: KeyFigure[];
  actors: LessonActor[];
  glossary: GlossaryEntry[];
}

/** Jump links, so a phone reader can reach the timeline or glossary without scrolling past everything. */
export function LessonContents({ lesson, hasCheck }: { lesson: LessonContent; hasCheck: boolean }) {
  const links = [
    ...lesson.sections.map((section) => ({ href: `#section-${section.tag}`, label: section.heading })),
    ...(lesson.timeline.length > 0 ? [{ href: "#timeline", label: "Timeline" }] : []),
    ...(lesson.keyFigures.length > 0 ? [{ href: "#key-figures", label: "Key figures" }] : []),
    ...(lesson.actors.length > 0 ? [{ href: "#people", label: "People and organisations" }] : []),
    ...(lesson.glossary.length > 0 ? [{ href: "#glossary", label: "Glossary" }] : []),
    ...(hasCheck ? [{ href: "#check-yourself", label: "Check yourself" }] : []),
  ];
  return (
    <nav aria-label="In this lesson" className="rounded-[var(--radius-card)] border border-line bg-surface">
      <details>
        <DisclosureSummary className="px-4 font-semibold">In this lesson</DisclosureSummary>
        <ul className="grid gap-x-4 px-2 pb-2 sm:grid-cols-2">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} className="flex min-h-11 items-center rounded-lg px-2 text-brand underline-offset-4 hover:underline">
                {link.label}
              </a>
            </li>
          ))}
        </ul>
      </details>
    </nav>
  );
}

export function LessonIntroduction({ introduction }: { introduction: LessonContent["introduction"] }) {
  return (
    <section aria-labelledby="introduction" className="flex flex-col gap-3">
      <h2 id="introduction" className="sr-only">
        Introduction
      </h2>
      <p className="text-lg leading-relaxed">{introduction.summary}</p>
      {introduction.objectives.length > 0 ? (
        <div className="rounded-lg border-l-4 border-brand bg-brand-soft px-4 py-3">
          <h3 className="font-semibold">By the end you will be able to</h3>
          <ul className="mt-1 list-disc pl-5">
            {introduction.objectives.map((objective) => (
              <li key={objective}>{objective}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

export function LessonSections({ sections }: { sections: LessonSection[] }) {
  return (
    <>
      {sections.map((section) => (
        <section key={section.tag} id={`section-${section.tag}`} aria-labelledby={`section-${section.tag}-heading`} className="scroll-mt-4">
          <h2 id={`section-${section.tag}-heading`} className="mb-3 text-xl font-bold">
            {section.heading}
          </h2>
          <ul className="flex flex-col gap-4">
            {section.facts.map((fact, i) => (
              <li key={fact.factId} className="flex flex-col gap-1 border-l-2 border-line pl-3">
                {/* A run of facts of one date shows it once, as a timeline would: the same "2010" over
                    each of four cards read as noise, and most sentences name their date anyway. */}
                {fact.date && fact.date !== section.facts[i - 1]?.date ? (
                  <p data-fact-date className="text-sm font-semibold text-muted">
                    {fact.date}
                  </p>
                ) : null}
                <p>{fact.text}</p>
                <Citations citations={fact.citations} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function LessonTimeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section id="timeline" aria-labelledby="timeline-heading" className="scroll-mt-4">
      <h2 id="timeline-heading" className="mb-3 text-xl font-bold">
        Timeline
      </h2>
      <ol className="relative flex flex-col gap-4 border-l-2 border-brand pl-5">
        {entries.map((entry) => (
          <li key={entry.factId} className="relative">
            <span aria-hidden="true" className="absolute top-1.5 -left-[27px] size-3 rounded-full border-2 border-canvas bg-brand" />
            <p className="text-sm font-bold text-brand">{entry.date}</p>
            <p>{entry.label}</p>
            <Citations citations={entry.citations} />
          </li>
        ))}
      </ol>
    </section>
  );
}

export function LessonKeyFigures({ figures }: { figures: KeyFigure[] }) {
  if (figures.length === 0) return null;
  return (
    <section id="key-figures" aria-labelledby="key-figures-heading" className="scroll-mt-4">
      <h2 id="key-figures-heading" className="mb-3 text-xl font-bold">
        Key figures
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2">
        {figures.map((figure) => (
          <li key={figure.factId} className="flex flex-col gap-1 rounded-lg border border-line bg-surface p-4">
            <p className="text-2xl font-bold">{figure.value}</p>
            <p>
              {figure.counts}
              {figure.date ? <span className="text-muted"> ({figure.date})</span> : null}
            </p>
            <Citations citations={figure.citations} />
          </li>
        ))}
      </ul>
    </section>
  );
}

const kindLabels: Record<LessonActor["kind"], string> = { person: "Person", organisation: "Organisation", group: "Group" };

export function LessonActors({ actors }: { actors: LessonActor[] }) {
  if (actors.length === 0) return null;
  return (
    <section id="people" aria-labelledby="people-heading" className="scroll-mt-4">
      <h2 id="people-heading" className="mb-3 text-xl font-bold">
        People and organisations
      </h2>
      {/* Each card as tall as its own text: one person's roles can run much longer than the next one's. */}
      <ul className="grid items-start gap-3 sm:grid-cols-2">
        {actors.map((actor) => (
          <li key={actor.entityId} className="flex flex-col gap-1 rounded-lg border border-line p-4">
            <p className="font-semibold">
              {actor.name} <span className="text-sm font-normal text-muted">· {kindLabels[actor.kind]}</span>
            </p>
            {actor.description ? <p className="text-sm">{actor.description}</p> : null}
            {actor.roles.length > 0 ? (
              <ul className="flex flex-col gap-1 text-sm">
                {actor.roles.map((role) => (
                  <li key={`${role.title}-${role.date}`}>
                    {role.title}
                    {role.date ? <span className="text-muted"> ({role.date})</span> : null}
                    {role.citation ? <Citations citations={[role.citation]} /> : null}
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function LessonGlossary({ entries }: { entries: GlossaryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section id="glossary" aria-labelledby="glossary-heading" className="scroll-mt-4">
      <h2 id="glossary-heading" className="mb-3 text-xl font-bold">
        Glossary
      </h2>
      <dl className="flex flex-col gap-3">
        {entries.map((entry) => (
          <div key={entry.term} className="flex flex-col">
            <dt className="font-bold">{entry.term}</dt>
            <dd>
              {entry.meaning}
              {entry.description ? <span className="block text-sm text-muted">{entry.description}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
