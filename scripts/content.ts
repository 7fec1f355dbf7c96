/**
 * `npm run content -- <command> [pack] [options]`: runs scripts/content/<command>.ts.
 * Each command file exports `run(args): Promise<number>` (the exit code) and a
 * one-line `description`; adding a file adds a command, no change here.
 */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { UsageError } from "./content/args";

interface CommandModule {
  run: (args: string[]) => Promise<number>;
  description?: string;
}

const commandsDir = path.join(import.meta.dirname, "content");

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  if (command === undefined || command === "help" || command === "--help" || command === "-h") {
    await printHelp();
    return 0;
  }
  const commandModule = /^[a-z][a-z0-9-]*$/.test(command) ? await importCommand(command) : undefined;
  if (!commandModule) {
    console.error(`unknown command "${command}"\n`);
    await printHelp();
    return 2;
  }
  try {
    return await commandModule.run(args);
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`content ${command}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

/** Imports scripts/content/<name>.ts if it exists and exports `run`; helpers without `run` are not commands. */
async function importCommand(name: string): Promise<CommandModule | undefined> {
  const file = path.join(commandsDir, `${name}.ts`);
  if (!fs.existsSync(file)) return undefined;
  const imported = (await import(pathToFileURL(file).href)) as Partial<CommandModule>;
  return typeof imported.run === "function" ? (imported as CommandModule) : undefined;
}

async function printHelp(): Promise<void> {
  const names = fs
    .readdirSync(commandsDir)
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => file.slice(0, -".ts".length))
    .sort();
  const lines: string[] = [];
  for (const name of names) {
    const commandModule = await importCommand(name);
    if (commandModule) lines.push(`  ${name.padEnd(10)} ${commandModule.description ?? ""}`.trimEnd());
  }
  console.log(
    [
      "usage: npm run content -- <command> [pack] [options]",
      "",
      "commands:",
      ...lines,
      "  help       show this list",
      "",
      "The pack defaults to the only pack under content/packs.",
    ].join("\n"),
  );
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
