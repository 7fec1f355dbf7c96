/**
 * `npm run content -- lesson [pack] --module <id> [--json]`: previews the
 * lesson the engine generates for a module, as readable text or JSON.
 */
import { buildLesson, InvalidRequestError, type Lesson } from "@/lib/engine";
import { citationsBySource, sourceCitationText } from "@/lib/engine/citation-groups";
import { loadPackForCommand, parseArgs, stringFlag, UsageError } from "./args";
import { renderItem } from "./quiz";

export const description = "preview the generated lesson of a module (--module id [--json])";

/** Runs the preview; exit code 1 when the pack has problems. */
export async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args, ["json"]);
  const moduleId = stringFlag(parsed, "module");
  if (!moduleId) throw new UsageError("--module <id> is required");
  const pack = loadPackForCommand(parsed.positionals[0]);
  if (!pack) return 1;
  let lesson: Lesson;
  try {
    lesson = buildLesson(pack, moduleId);
  } catch (error) {
    if (error instanceof InvalidRequestError) throw new UsageError(error.message);
    throw error;
  }
  process.stdout.write(parsed.flags.json === true ? `${JSON.stringify(lesson, null, 2)}\n` : `${renderLesson(lesson)}\n`);
  return 0;
}

/** The lesson as plain text, section by section, every fact with its sources. */
export function renderLesson(lesson: Lesson): string {
  const out: string[] = [`# ${lesson.title}`, "", lesson.introduction.summary, "", "By the end you should be able to:"];
  for (const objective of lesson.introduction.objectives) out.push(`  - ${objective}`);
  for (const section of lesson.sections) {
    out.push("", `## ${section.heading}`);
    for (const fact of section.facts) {
      out.push(`  - ${fact.text}`, `      [${citationsBySource(fact.citations).map(sourceCitationText).join("; ")}]`);
    }
  }
  if (lesson.timeline.length > 0) {
    out.push("", "## Timeline");
    // The date column is as wide as the longest date, so a long one ("Between November 2011 and March 2012") never runs into its label.
    const dateWidth = Math.max(...lesson.timeline.map((entry) => entry.date.length));
    for (const entry of lesson.timeline) out.push(`  ${entry.date.padEnd(dateWidth)}   ${entry.label}`);
  }
  if (lesson.keyFigures.length > 0) {
    out.push("", "## Key figures");
    for (const figure of lesson.keyFigures) out.push(`  ${figure.value} — ${figure.counts} (${figure.date})`);
  }
  if (lesson.actors.length > 0) {
    out.push("", "## People and organisations");
    for (const actor of lesson.actors) {
      const roles = actor.roles.map((role) => (role.date ? `${role.title} (${role.date})` : role.title)).join("; ");
      out.push(`  ${actor.name}${actor.description ? ` — ${actor.description}` : ""}${roles ? `. Role: ${roles}` : ""}`);
    }
  }
  if (lesson.glossary.length > 0) {
    out.push("", "## Glossary");
    for (const entry of lesson.glossary) out.push(`  ${entry.term.padEnd(10)} ${entry.meaning}`);
  }
  out.push("", "## Check yourself");
  lesson.checkYourself.items.forEach((item, i) => {
    const key = lesson.checkYourself.key[item.id];
    if (key) out.push(renderItem(item, key, i + 1), "");
  });
  return out.join("\n");
}
