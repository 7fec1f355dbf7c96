import type { HTMLAttributes } from "react";

export function Card({ className = "", ...props }: HTMLAttributes<HTMLElement>) {
  return <section className={`rounded-[var(--radius-card)] border border-line bg-surface p-4 sm:p-6 ${className}`} {...props} />;
}
