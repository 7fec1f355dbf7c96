import type { Metadata } from "next";
import { notFound } from "next/navigation";

// Decided per request (GROUNDWORK_BENCH), never prerendered at build time.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Empty page" };

/**
 * The baseline of bench/client-js.ts: a page with nothing of its own, so the
 * client JavaScript it loads is what every page of this build pays (Next's
 * runtime, React and the root layout). Only when GROUNDWORK_BENCH=1.
 */
export default function EmptyBenchPage() {
  if (process.env.GROUNDWORK_BENCH !== "1") notFound();
  return <p>Empty page.</p>;
}
