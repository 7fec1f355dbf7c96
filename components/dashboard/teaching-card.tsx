import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { countLabel } from "@/lib/format/count-label";

/**
 * A teacher's way from the dashboard to their classes: a new teacher landed on a student's dashboard
 * with nothing about classes on it but the last item of the menu (UX review of 7 December).
 */
export function TeachingCard({ openClassCount }: { openClassCount: number }) {
  const hasClasses = openClassCount > 0;
  return (
    <Card>
      <section aria-labelledby="teaching-heading" className="flex flex-col gap-2">
        <h2 id="teaching-heading" className="text-xl font-bold">
          Teaching
        </h2>
        <p className="text-muted">
          {hasClasses
            ? `You teach ${countLabel(openClassCount, "class", "classes")}: assign modules with due dates there and read your students' results.`
            : "Create a class and give your students its code; then assign them modules with due dates and read their results."}
        </p>
        <LinkButton href={hasClasses ? "/teach" : "/teach/classes/new"} className="w-full sm:w-auto sm:self-start">
          {hasClasses ? "Open your classes" : "Create your first class"}
        </LinkButton>
      </section>
    </Card>
  );
}
