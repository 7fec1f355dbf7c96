import type { Metadata } from "next";
import { SavedLessons } from "@/components/offline/saved-lessons";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Offline" };

/**
 * What the service worker (public/sw.js) shows for a page it has no copy of
 * while the device is offline. It saves this page once a learner signs in.
 */
export default function OfflinePage() {
  return (
    <div className="mx-auto flex w-full max-w-3xl flex-col gap-6">
      <PageHeader title="You are offline" lead="This page needs a connection. Try it again once you are back online." />
      <SavedLessons />
    </div>
  );
}
