/**
 * Orders a quiz's items so that no two of one type follow each other where
 * the mix allows: four true-or-false questions in a row read as a drill, and
 * invite answering them alike.
 */

/**
 * The items in their given (shuffled) order, except where an item would
 * follow one of its own type, or leave the rest unable to avoid that: then
 * the first item that keeps the rest spreadable comes forward. A mix that
 * cannot be spread (six true-or-false among eight) gets as few runs as it
 * can: each place then takes the type with the most items left.
 */
export function spreadTypes<T>(items: readonly T[], typeOf: (item: T) => string): T[] {
  const left = [...items];
  const counts = new Map<string, number>();
  for (const item of left) counts.set(typeOf(item), (counts.get(typeOf(item)) ?? 0) + 1);

  // With one of `type` placed, the rest can still go without a run: no type holds more than every
  // other place of the rest, and `type` itself, next to that place, no more than the places after it.
  const leavesSpreadable = (type: string) => {
    const rest = left.length - 1;
    for (const [other, count] of counts) {
      const remaining = other === type ? count - 1 : count;
      if (remaining > (other === type ? Math.floor(rest / 2) : Math.ceil(rest / 2))) return false;
    }
    return true;
  };

  // Only for a mix that cannot be spread: the first item of the type with the most left.
  const mostLeft = (candidates: T[]) =>
    candidates.reduce<T | undefined>((best, item) => (best === undefined || (counts.get(typeOf(item)) ?? 0) > (counts.get(typeOf(best)) ?? 0) ? item : best), undefined);

  const spread: T[] = [];
  let previous: string | null = null;
  while (left.length > 0) {
    const others = left.filter((item) => typeOf(item) !== previous);
    const next = others.find((item) => leavesSpreadable(typeOf(item))) ?? mostLeft(others) ?? (left[0] as T);
    left.splice(left.indexOf(next), 1);
    counts.set(typeOf(next), (counts.get(typeOf(next)) ?? 0) - 1);
    spread.push(next);
    previous = typeOf(next);
  }
  return spread;
}
