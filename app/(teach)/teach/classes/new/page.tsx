import type { Metadata } from "next";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/server/auth/guards";
import { NewClassForm } from "./new-class-form";

export const metadata: Metadata = { title: "Create a class" };

export default async function NewClassPage() {
  await requireRole("teacher", "admin");
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <p>
        <Link href="/teach" className="inline-flex min-h-11 items-center font-semibold text-brand underline-offset-4 hover:underline">
          ← Your classes
        </Link>
      </p>
      <PageHeader title="Create a class" lead="You get a class code and a link to share with your students. You can add co-teachers afterwards." />
      <Card>
        <NewClassForm />
      </Card>
    </div>
  );
}
