import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { getSessionUser } from "@/lib/server/auth/session";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function Home({ searchParams }: { searchParams: SearchParams }) {
  if (await getSessionUser()) redirect("/dashboard");
  // Where deleting an account lands: said, not left to be guessed from a signed-out home page (UX review).
  const isDeleted = (await searchParams).deleted === "1";
  return (
    <div className="flex flex-col gap-10">
      {isDeleted ? <Alert tone="good">Your account has been deleted, with every quiz, answer and review of yours.</Alert> : null}
      <section className="flex flex-col gap-4 pt-4">
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">Learn from facts you can check</h1>
        <p className="max-w-prose text-lg text-muted">
          Groundwork builds every lesson and quiz from a bank of curated facts, each in plain words and cited to its
          source. The first course covers the history of relations between Pakistan and the United States.
        </p>
        <div className="flex flex-wrap gap-3">
          <LinkButton href="/sign-up">Create an account</LinkButton>
          <LinkButton href="/sign-in" variant="secondary">
            Sign in
          </LinkButton>
        </div>
      </section>
      <section aria-labelledby="who" className="grid gap-4 sm:grid-cols-3">
        <h2 id="who" className="sr-only">
          Who it is for
        </h2>
        <div className="rounded-[var(--radius-card)] border border-line bg-surface p-4">
          <h3 className="font-semibold">Students</h3>
          <p className="text-muted">Short lessons, quizzes with instant feedback and the source behind every answer.</p>
        </div>
        <div className="rounded-[var(--radius-card)] border border-line bg-surface p-4">
          <h3 className="font-semibold">Teachers</h3>
          <p className="text-muted">Classes with join codes, assignments with due dates, and results you can act on.</p>
        </div>
        <div className="rounded-[var(--radius-card)] border border-line bg-surface p-4">
          <h3 className="font-semibold">On your phone</h3>
          <p className="text-muted">Daily spaced review that fits a bus ride, and keeps every answer on a bad connection.</p>
        </div>
      </section>
    </div>
  );
}
