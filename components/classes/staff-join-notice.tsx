import { LinkButton } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

/** The join pages for a teacher or admin: they do not join classes, they create them or are added as co-teachers. */
export function StaffJoinNotice() {
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col gap-6">
      <PageHeader title="Join a class" lead="Class codes are for student accounts." />
      <Card className="flex flex-col gap-3">
        <p>You are signed in with a teacher account. To teach a class, create one, or ask its owner to add you as a co-teacher by your email address.</p>
        <LinkButton href="/teach" className="w-full sm:w-auto sm:self-start">
          Go to your classes
        </LinkButton>
      </Card>
    </div>
  );
}
