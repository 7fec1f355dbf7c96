import type { Metadata } from "next";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { Button, buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/auth/guards";
import { OWNS_CLASSES_MESSAGE } from "@/lib/server/services/learn/delete-my-account";
import { listTaughtClasses } from "@/lib/server/services/teach/classes/list-taught-classes";
import { DEMO_ACCOUNT_MESSAGE } from "@/lib/server/services/users/ensure-demo-accounts";
import { deleteAccountAction, type DeleteAccountError } from "./actions";
import { ChangeNameForm } from "./change-name-form";
import { ChangePasswordForm } from "./change-password-form";

export const metadata: Metadata = { title: "Your account and data" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const deleteErrors: Record<DeleteAccountError, string> = {
  email: "That is not your account's email address. Type it exactly to confirm.",
  "owns-classes": OWNS_CLASSES_MESSAGE,
  "signed-out": "Your session has ended. Sign in again to delete your account.",
  failed: "Your account could not be deleted just now. Please try again in a moment.",
};

export default async function AccountPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const error = (await searchParams).error;
  const deleteError = typeof error === "string" && error in deleteErrors ? deleteErrors[error as DeleteAccountError] : undefined;
  const isTeacher = user.role === "teacher" || user.role === "admin";
  // Said instead of the form, with the way to each class: a teacher who owns one could type their email only to be refused (UX reviews).
  const ownedClasses = isTeacher ? Object.values(await listTaughtClasses(user)).flat().filter((taught) => taught.access === "owner") : [];

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <PageHeader title="Your account and data" lead={`Signed in as ${user.email}.`} />
      <Card aria-labelledby="export-heading">
        <h2 id="export-heading" className="text-xl font-bold">
          Download your data
        </h2>
        <p className="mb-4 text-muted">Every quiz you took with your answers, and your review schedule. JSON has everything; CSV has one row per answer, for a spreadsheet.</p>
        <div className="flex flex-col gap-2 sm:flex-row">
          {/* Plain links with download: the route answers with a file, so no page navigation happens. */}
          <a href="/account/export?format=json" download className={buttonClasses("secondary")}>
            Download JSON
          </a>
          <a href="/account/export?format=csv" download className={buttonClasses("secondary")}>
            Download CSV
          </a>
        </div>
      </Card>
      {user.isDemo ? (
        <Card aria-labelledby="details-heading">
          <h2 id="details-heading" className="text-xl font-bold">
            Your name and password
          </h2>
          <p className="text-muted">{DEMO_ACCOUNT_MESSAGE}</p>
        </Card>
      ) : (
        <>
          <Card aria-labelledby="name-heading">
            <h2 id="name-heading" className="mb-4 text-xl font-bold">
              Your name
            </h2>
            <ChangeNameForm
              currentName={user.name}
              seenBy={isTeacher ? "Your students and fellow teachers see this name in your classes." : "Your teachers see this name in their classes."}
            />
          </Card>
          <Card aria-labelledby="password-heading">
            <h2 id="password-heading" className="text-xl font-bold">
              Change your password
            </h2>
            <p className="mb-4 text-muted">Any other phone or computer signed in to your account will be signed out; this one stays signed in.</p>
            <ChangePasswordForm />
          </Card>
        </>
      )}
      <Card aria-labelledby="delete-heading" id="delete" className="border-bad">
        <h2 id="delete-heading" className="text-xl font-bold">
          Delete your account
        </h2>
        <p className="mb-4 text-muted">
          This removes your account, every quiz and answer, and your review schedule, for good. It cannot be undone.{" "}
          {isTeacher
            ? "Classes you co-teach lose you as a teacher; a class you own must first be handed to a co-teacher, or archived and deleted."
            : "If you are in a class, your teachers are told, and your results leave their gradebook."}
        </p>
        {ownedClasses.length > 0 ? (
          <Alert tone="info">
            <p>{OWNS_CLASSES_MESSAGE}</p>
            <ul aria-label="Classes you own" className="mt-2 flex flex-col">
              {ownedClasses.map((owned) => (
                <li key={owned.id}>
                  <Link href={`/teach/classes/${owned.id}`} className="inline-flex min-h-11 items-center font-semibold text-brand underline underline-offset-4">
                    {owned.archivedAt ? `${owned.name} (archived)` : owned.name}
                  </Link>
                </li>
              ))}
            </ul>
          </Alert>
        ) : (
          <form action={deleteAccountAction} className="flex flex-col gap-3">
            {deleteError ? (
              <Alert tone="bad">
                <span id="delete-error">{deleteError}</span>
              </Alert>
            ) : null}
            <label htmlFor="confirm-email" className="font-semibold">
              Type your email address to confirm
            </label>
            <input
              id="confirm-email"
              name="confirmEmail"
              type="email"
              inputMode="email"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              required
              aria-invalid={deleteError ? true : undefined}
              aria-describedby={deleteError ? "delete-error" : undefined}
              // Back from a refused deletion, focus is where the learner left off, with the reason read out; it was on the page's body.
              autoFocus={Boolean(deleteError)}
              className="min-h-11 rounded-lg border border-field bg-canvas px-3 py-2 text-base text-ink aria-[invalid=true]:border-bad"
            />
            <Button type="submit" variant="danger" className="w-full sm:w-auto sm:self-start">
              Delete my account
            </Button>
          </form>
        )}
      </Card>
    </div>
  );
}
