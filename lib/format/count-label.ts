/**
 * A count with its noun, singular for exactly one: "1 student", "3 students",
 * "0 facts". Pass the plural where adding "s" is wrong ("1 quiz", "2 quizzes").
 * Pure, for server and client code alike.
 *
 * @example
 * countLabel(2, "handed-in attempt") // "2 handed-in attempts"
 */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
