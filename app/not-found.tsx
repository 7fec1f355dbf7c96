import Link from "next/link";

export const metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p>There is nothing at this address, or it is not yours to see.</p>
      <p>
        <Link href="/" className="font-semibold text-brand underline underline-offset-4">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
