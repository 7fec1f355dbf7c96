import Link from "next/link";
import { MasteryShareBar } from "@/components/charts/mastery-share-bar";
import { SaveLessonsOffline } from "@/components/offline/save-lessons-offline";
import type { DashboardModule } from "./types";

/** Every module with the learner's progress, and the two things to do with it: read, or practise; and its lessons saved for reading offline. */
export function ModuleList({ modules }: { modules: DashboardModule[] }) {
  return (
    <section aria-labelledby="modules-heading" className="flex flex-col gap-3">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="modules-heading" className="text-xl font-bold">
          Modules
        </h2>
        <Link href="/quiz/new" className="inline-flex min-h-11 items-center font-semibold text-brand underline-offset-4 hover:underline">
          Mixed quiz
        </Link>
      </div>
      <ul className="grid gap-3 md:grid-cols-2">
        {modules.map((module) => (
          <li key={module.slug} className="flex flex-col gap-3 rounded-[var(--radius-card)] border border-line bg-surface p-4">
            <h3 className="font-semibold leading-snug">{module.title}</h3>
            <MasteryShareBar
              mastered={module.factsMastered}
              learning={module.factsPractised - module.factsMastered}
              notStarted={module.factsTotal - module.factsPractised}
            />
            <p className="text-sm text-muted">
              {module.factsPractised} of {module.factsTotal} facts practised, {module.factsMastered} mastered
            </p>
            <div className="mt-auto grid grid-cols-2 gap-2">
              <Link
                href={`/lessons/${module.slug}`}
                aria-label={`Read the lesson: ${module.title}`}
                className="inline-flex min-h-11 items-center justify-center rounded-lg border border-line bg-canvas px-3 font-semibold hover:bg-surface"
              >
                Read
              </Link>
              <Link
                href={`/quiz/new?module=${encodeURIComponent(module.slug)}`}
                aria-label={`Practise: ${module.title}`}
                // Secondary, as "Read" is: eight solid buttons drowned the one next step the dashboard leads with (UX review).
                className="inline-flex min-h-11 items-center justify-center rounded-lg border border-brand bg-canvas px-3 font-semibold text-brand hover:bg-brand-soft"
              >
                Practise
              </Link>
            </div>
          </li>
        ))}
      </ul>
      <SaveLessonsOffline lessonPaths={modules.map((module) => `/lessons/${module.slug}`)} />
    </section>
  );
}
