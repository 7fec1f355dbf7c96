/** "Did you mean" hints for mistyped ids. Pure. */

/** Returns the known id closest to `id` when it is a plausible typo (a few edits away), else undefined. */
export function closestId(id: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(id.length / 4));
  let best: { id: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(id, candidate);
    if (distance <= limit && (!best || distance < best.distance)) best = { id: candidate, distance };
  }
  return best?.id;
}

/** Appends ` (did you mean "x"?)` when a close id exists. */
export function didYouMean(id: string, known: Iterable<string>): string {
  const guess = closestId(id, known);
  return guess ? ` (did you mean "${guess}"?)` : "";
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
