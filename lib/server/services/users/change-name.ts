import { AppError } from "@/lib/server/errors";
import type { Db } from "@/lib/server/auth/database";
import { changeNameSchema } from "@/lib/validation/auth";
import { parseInput } from "@/lib/server/services/learn/attempt-records";
import { DEMO_ACCOUNT_MESSAGE } from "./ensure-demo-accounts";

/**
 * Renames the signed-in account: the name the dashboard greets and the
 * account's teachers see in their classes and gradebooks. The same rules as
 * at sign-up (spaces collapsed, 1 to 80 characters, no control characters).
 * Demo accounts are refused: everyone trying the app shares them.
 *
 * @returns the name as stored
 * @throws AppError 400 (field "name") for an invalid name, 403 for a demo account, 404 when the account is gone
 *
 * @example
 * const { name } = await changeName(getDb(), user, { name: "Amina Khan" });
 */
export async function changeName(db: Db, account: { id: string }, input: unknown): Promise<{ name: string }> {
  const { name } = parseInput(changeNameSchema, input);
  const user = await db.user.findUnique({ where: { id: account.id }, select: { isDemo: true } });
  if (!user) throw new AppError("Your account no longer exists.", { status: 404 });
  if (user.isDemo) throw new AppError(DEMO_ACCOUNT_MESSAGE, { status: 403 });
  await db.user.update({ where: { id: account.id }, data: { name } });
  return { name };
}
