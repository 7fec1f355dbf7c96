import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/** One demo account's sign-in details as stored in .data/demo-credentials.json. */
export const demoCredentialSchema = z.object({
  role: z.enum(["student", "teacher"]),
  name: z.string(),
  email: z.string(),
  password: z.string(),
});
export type DemoCredential = z.infer<typeof demoCredentialSchema>;

const fileSchema = z.object({ createdAt: z.string(), accounts: z.array(demoCredentialSchema) });

/** .data/demo-credentials.json (or the same name under another data directory). */
export function demoCredentialsPath(dataDir: string): string {
  return path.join(dataDir, "demo-credentials.json");
}

/** Writes the file readable by the owner only: it holds plain passwords. */
export function writeDemoCredentials(dataDir: string, accounts: readonly DemoCredential[], now: Date): void {
  mkdirSync(dataDir, { recursive: true });
  const body = { createdAt: now.toISOString(), accounts };
  writeFileSync(demoCredentialsPath(dataDir), `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
}

/** The stored demo credentials, or [] when the file is missing or not in the expected shape. */
export function readDemoCredentials(dataDir: string): DemoCredential[] {
  let text: string;
  try {
    text = readFileSync(demoCredentialsPath(dataDir), "utf8");
  } catch {
    return [];
  }
  try {
    const parsed = fileSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.accounts : [];
  } catch {
    return [];
  }
}
