import Link from "next/link";

export const metadata = { title: "Not allowed" };

export default function Forbidden() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">You do not have access to this page</h1>
      <p>This page is for another kind of account. If you think you should see it, ask your teacher or administrator.</p>
      <p>
        <Link href="/dashboard" className="font-semibold text-brand underline underline-offset-4">
          Back to your dashboard
        </Link>
      </p>
    </div>
  );
}
