import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentForm } from "@/components/assignments/assignment-form";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { itemTypes } from "@/lib/engine";
import { requireRole } from "@/lib/server/auth/guards";
import { isAppError } from "@/lib/server/errors";
import { getAssignmentFormOptions } from "@/lib/server/services/teach/assignments/get-assignment-form-options";
import { createAssignmentAction } from "./actions";

export const metadata: Metadata = { title: "New assignment" };

export default async function NewAssignmentPage({ params }: { params: Promise<{ classId: string }> }) {
  const user = await requireRole("teacher", "admin");
  const { classId } = await params;
  // Someone else's class and a missing one are the same 404.
  const form = await getAssignmentFormOptions(user, classId).catch((error: unknown) => {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  });

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <p>
        <Link href={`/teach/classes/${form.classId}`} className="inline-flex min-h-11 items-center font-semibold text-brand underline-offset-4 hover:underline">
          ← {form.className}
        </Link>
      </p>
      <PageHeader title="New assignment" lead={`For ${form.className}. Every student in the class is notified.`} />
      {form.isArchived ? (
        <Alert tone="warn">This class is archived: restore it to set new assignments.</Alert>
      ) : (
        <Card>
          <AssignmentForm action={createAssignmentAction.bind(null, form.classId)} modules={form.modules} itemTypes={itemTypes} />
        </Card>
      )}
    </div>
  );
}
