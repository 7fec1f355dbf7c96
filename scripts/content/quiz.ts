/**
 * `npm run content -- quiz [pack] --module <id|all> --count N --seed S [--types a,b] [--json]`:
 * previews a generated quiz with its answer key and explanations, as
 * readable text or (with --json) as the `{ items, key }` the server stores.
 */
import { generateQuiz, InvalidRequestError, itemTypes, type AnswerKeyEntry, type ClientItem, type ItemType } from "@/lib/engine";
import { citationsBySource, sourceCitationText } from "@/lib/engine/citation-groups";
import { normaliseAnswer } from "@/lib/engine/text";
import { intFlag, loadPackForCommand, parseArgs, stringFlag, UsageError } from "./args";

export const description = "preview a generated quiz with its answer key (--module id|all --count N --seed S [--types a,b] [--json])";

/** Runs the preview; exit code 1 when the pack has problems. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ["json"]);
  const moduleFlag = stringFlag(parsed, "module") ?? "all";
  const count = intFlag(parsed, "count", 10);
  const seed = stringFlag(parsed, "seed") ?? "preview";
  const types = parseTypes(stringFlag(parsed, "types"));
  const pack = loadPackForCommand(parsed.positionals[0]);
  if (!pack) return 1;

  let quiz;
  try {
    quiz = generateQuiz(pack, { modules: moduleFlag === "all" ? "all" : moduleFlag.split(","), count, seed, types });
  } catch (error) {
    if (error instanceof InvalidRequestError) throw new UsageError(error.message);
    throw error;
  }
  if (parsed.flags.json === true) {
    process.stdout.write(`${JSON.stringify(quiz, null, 2)}\n`);
    return 0;
  }
  console.log(`${pack.meta.title} (${pack.meta.id} ${pack.meta.version}) — module ${moduleFlag}, seed "${seed}", ${quiz.items.length} of ${count} items\n`);
  quiz.items.forEach((item, i) => {
    const key = quiz.key[item.id];
    if (key) console.log(`${renderItem(item, key, i + 1)}\n`);
  });
  return 0;
}

function parseTypes(value: string | undefined): ItemType[] | undefined {
  if (value === undefined) return undefined;
  const types = value.split(",").map((type) => type.trim()).filter(Boolean);
  for (const type of types) {
    if (!(itemTypes as readonly string[]).includes(type)) throw new UsageError(`unknown item type "${type}"; types: ${itemTypes.join(", ")}`);
  }
  return types as ItemType[];
}

/** One item as text: the question as the learner sees it, then the key. */
export function renderItem(item: ClientItem, key: AnswerKeyEntry, number: number): string {
  const lines = [`${number}. [${item.type}, ${item.difficulty}] ${item.prompt}`];
  switch (item.type) {
    case "true-false":
      lines.push(`   ${item.statement}`);
      break;
    case "short-answer":
      lines.push(`   (${item.hint})`);
      break;
    case "cloze":
      lines.push(`   ${item.before}_____${item.after}`, item.options ? "" : `   (${item.hint})`);
      for (const option of item.options ?? []) lines.push(`   ${option.id}) ${option.text}`);
      break;
    case "ordering":
      for (const event of item.events) lines.push(`   ${event.id}) ${event.text}`);
      break;
    case "matching":
      for (const option of item.left) lines.push(`   ${option.id}) ${option.text}`);
      for (const option of item.right) lines.push(`      ${option.id}) ${option.text}`);
      break;
    default:
      for (const option of item.options) lines.push(`   ${option.id}) ${option.text}`);
  }
  const answer = key.answer;
  const answerText =
    answer.kind === "option" ? `${answer.optionId}) ${key.expected}` :
    answer.kind === "text" && answer.optionId ? `${answer.optionId}) ${key.expected}` :
    answer.kind === "order" ? `${answer.order.join(", ")} — ${key.expected}` :
    answer.kind === "pairs" ? Object.entries(answer.pairs).map(([l, r]) => `${l}→${r}`).join(", ") : key.expected;
  lines.push(`   Answer: ${answerText}`);
  if (answer.kind === "text" && answer.accepted.kind === "name") {
    // The forms are distinct already (slotAccepted); only the answer itself is left out, with or without its "the".
    const others = answer.accepted.forms.filter((form) => normaliseAnswer(form) !== normaliseAnswer(key.expected));
    if (others.length > 0) lines.push(`   Also accepted: ${others.join(" | ")}`);
  }
  lines.push(`   Why: ${key.explanation}`);
  lines.push(`   Facts: ${key.factIds.join(", ")}`);
  for (const source of citationsBySource(key.citations)) lines.push(`   Source: ${sourceCitationText(source)}`);
  return lines.filter((line) => line !== "").join("\n");
}
