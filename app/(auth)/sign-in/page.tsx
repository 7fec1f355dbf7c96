import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/lib/server/db";
import { getSessionUser } from "@/lib/server/auth/session";
import { listDemoCredentials } from "@/lib/server/services/users/list-demo-credentials";
import { INVALID_CREDENTIALS_MESSAGE } from "@/lib/server/services/users/verify-credentials";
import { safeNextPath } from "@/lib/validation/auth";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

// next-auth's own pages redirect here with ?error=<code>; only known codes get
// a message, so the query string cannot put arbitrary text on the page.
const NEXT_AUTH_ERRORS: Record<string, string> = {
  CredentialsSignin: INVALID_CREDENTIALS_MESSAGE,
  SessionRequired: "Sign in to continue.",
};

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : undefined);
  if (await getSessionUser()) redirect(next);

  const errorCode = typeof params.error === "string" ? params.error : undefined;
  const initialMessage = errorCode ? (NEXT_AUTH_ERRORS[errorCode] ?? "Sign-in did not work. Please try again.") : undefined;
  const demoAccounts = await listDemoCredentials(getDb());

  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6">
      {/* From a class's join link: the visitor may well be new, and should know why they are here. */}
      <PageHeader
        title="Sign in"
        lead={
          next.startsWith("/join/")
            ? "Sign in to join the class you were invited to. New to Groundwork? Create an account below, then join."
            : "Welcome back. Sign in to continue your lessons and quizzes."
        }
      />
      <Card>
        <SignInForm next={next} initialMessage={initialMessage} />
        <p className="mt-4 text-sm text-muted">
          Forgot your password? Groundwork sends no email, so ask whoever runs it for your school or class to set a new one for you.
        </p>
      </Card>
      {demoAccounts.length > 0 ? (
        <Card aria-labelledby="demo-accounts-heading">
          <h2 id="demo-accounts-heading" className="text-lg font-semibold">
            Demo accounts
          </h2>
          <p className="mb-3 text-muted">This server runs in demo mode. Try it with one of these accounts:</p>
          <ul className="flex flex-col gap-3">
            {demoAccounts.map((account) => (
              <li key={account.email} className="rounded-lg border border-line bg-canvas p-3">
                <p className="font-semibold">{account.role === "teacher" ? "Teacher" : "Student"}</p>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-sm">
                  <dt className="text-muted">Email</dt>
                  {/* Broken at "@" where the line runs out, not mid-word ("example.c / om" at 360 px, UX review). */}
                  <dd className="font-mono [overflow-wrap:anywhere]">
                    {account.email.split("@")[0]}@<wbr />
                    {account.email.split("@").slice(1).join("@")}
                  </dd>
                  <dt className="text-muted">Password</dt>
                  <dd className="break-all font-mono">{account.password}</dd>
                </dl>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </div>
  );
}
