import Link from "next/link";
import { ConfirmActionForm } from "@/components/teach/confirm-action-form";
import type { FormAction } from "@/components/teach/types";

/** A class a student is in, as the list shows it. */
export type YourClass = { id: string; name: string; description: string | null; teacherNames: string[] };

const linkClasses = "inline-flex min-h-11 items-center font-semibold text-brand underline-offset-4 hover:underline";

/**
 * "Your classes" for a student: the classes they are in (from
 * `listMyClasses`), with a link to join another (left out on the join page
 * itself: `hasJoinLink`), and with `leaveAction` a way to leave each. For the
 * dashboard or any student page; `headingLevel` fits it into the page's outline.
 */
export function YourClasses({
  classes,
  headingLevel = 2,
  hasJoinLink = true,
  leaveAction,
}: {
  classes: YourClass[];
  headingLevel?: 2 | 3;
  hasJoinLink?: boolean;
  leaveAction?: FormAction;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="your-classes-heading" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <Heading id="your-classes-heading" className="text-xl font-bold">
          Your classes
        </Heading>
        {hasJoinLink && classes.length > 0 ? (
          <Link href="/join" className={linkClasses}>
            Join another class
          </Link>
        ) : null}
      </div>
      {classes.length === 0 ? (
        <p className="text-muted">
          You are not in a class yet.
          {hasJoinLink ? (
            <>
              {" "}
              If your teacher gave you a class code,{" "}
              <Link href="/join" className="font-semibold text-brand underline underline-offset-4">
                join their class
              </Link>
              .
            </>
          ) : null}
        </p>
      ) : (
        <ul aria-labelledby="your-classes-heading" className="grid gap-3 md:grid-cols-2">
          {classes.map((item) => (
            <li key={item.id} className="flex flex-col gap-1 rounded-[var(--radius-card)] border border-line bg-surface p-4">
              <p className="font-semibold leading-snug">{item.name}</p>
              {item.teacherNames.length > 0 ? <p className="text-sm text-muted">Taught by {item.teacherNames.join(", ")}</p> : null}
              {item.description ? <p className="line-clamp-2 text-sm text-muted">{item.description}</p> : null}
              {leaveAction ? (
                <div className="mt-2">
                  <ConfirmActionForm
                    id={`leave-${item.id}`}
                    action={leaveAction}
                    fields={{ classId: item.id }}
                    openLabel={`Leave ${item.name}`}
                    question={<p>Leave {item.name}? You stop seeing its assignments, and your teachers are told. Its code lets you back in.</p>}
                    confirmLabel="Yes, leave the class"
                    tone="secondary"
                  />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
