/** Teacher rows with the owner first and co-teachers after, each group in its given order (a stable sort). */
export function ownerFirst<T extends { role: string }>(rows: readonly T[]): T[] {
  return [...rows.filter((row) => row.role === "owner"), ...rows.filter((row) => row.role !== "owner")];
}
