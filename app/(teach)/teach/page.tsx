import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/server/auth/guards";

export const metadata = { title: "Teaching" };

export default async function TeachPage() {
  const user = await requireRole("teacher", "admin");
  return <PageHeader title="Teaching" lead={`Signed in as ${user.name}.`} />;
}
