/**
 * Whether an explanation only repeats the correct answer (a matching item's
 * explanation is its list of pairs): shown beside the answer, it would print
 * the same pairs twice.
 */
export function restatesAnswer(explanation: string, expected: string): boolean {
  const plain = (text: string) => text.trim().replace(/\.$/, "");
  return plain(explanation) === plain(expected);
}
