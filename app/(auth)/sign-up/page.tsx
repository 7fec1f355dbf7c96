import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getSessionUser } from "@/lib/server/auth/session";
import { safeNextPath } from "@/lib/validation/auth";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SignUpPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(typeof params.next === "string" ? params.next : undefined);
  if (await getSessionUser()) redirect(next);

  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-6">
      <PageHeader
        title="Create an account"
        lead={
          next.startsWith("/join/")
            ? "Free, and it keeps your progress across lessons, quizzes and devices. Once it is made, you can join the class you were invited to."
            : "Free, and it keeps your progress across lessons, quizzes and devices."
        }
      />
      <Card>
        <SignUpForm next={next} />
      </Card>
    </div>
  );
}
