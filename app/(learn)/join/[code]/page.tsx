import type { Metadata } from "next";
import Link from "next/link";
import { StaffJoinNotice } from "@/components/classes/staff-join-notice";
import { Alert } from "@/components/ui/alert";
import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/server/auth/guards";
import { userMessageFor } from "@/lib/server/errors";
import { previewClassToJoin, type ClassToJoin } from "@/lib/server/services/teach/classes/preview-class-to-join";
import { formatJoinCode } from "@/lib/validation/classes";
import { JoinForm } from "../join-form";

export const metadata: Metadata = { title: "Join a class" };

type Params = Promise<{ code: string }>;

/**
 * A join link (/join/ABCD-EFGH): shows the class and a Join button; opening
 * the link joins nothing. Signed-out visitors sign in (or up) and come back
 * here (requireUser records this path as `next`).
 */
export default async function JoinLinkPage({ params }: { params: Params }) {
  const user = await requireUser();
  if (user.role !== "student") return <StaffJoinNotice />;

  const { code } = await params;
  let preview: ClassToJoin;
  try {
    preview = await previewClassToJoin(user, { code });
  } catch (error) {
    return (
      <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
        <PageHeader title="Join a class" />
        <Alert tone="bad">
          <p id="join-link-error">{userMessageFor(error, "join-link")}</p>
        </Alert>
        <p>
          <Link href="/join" className="inline-flex min-h-11 items-center font-semibold text-brand underline underline-offset-4">
            Type the code instead
          </Link>
        </p>
      </div>
    );
  }

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <PageHeader title={`Join ${preview.name}`} lead={preview.teacherNames.length > 0 ? `Taught by ${preview.teacherNames.join(", ")}.` : undefined} />
      <Card className="flex flex-col gap-4">
        <p>
          Class code <span className="font-mono font-semibold tracking-wider">{formatJoinCode(preview.code)}</span>
        </p>
        {preview.isMember ? (
          <>
            <p id="join-notice">You are already in this class.</p>
            <LinkButton href="/dashboard" className="w-full sm:w-auto sm:self-start">
              Go to your dashboard
            </LinkButton>
          </>
        ) : (
          <>
            {/* The class analysis counts every answer on its facts; this said only "the work you do for this class" (UX review). */}
            <p>Your teachers will see your name and email address, the work you do for this class, and how well you answer the facts it covers, practice and reviews included.</p>
            <JoinForm presetCode={preview.code} submitLabel={`Join ${preview.name}`} />
          </>
        )}
      </Card>
    </div>
  );
}
