import "server-only";
import { getDb, type Db } from "@/lib/server/db";

export interface ModuleChoice {
  packId: string;
  slug: string;
  title: string;
}

/**
 * The live modules a learner can practise, in pack and course order: the
 * choices of the new-quiz form, and what its "all modules" means. Public
 * content, the same for everyone (the dashboard adds each learner's progress).
 *
 * @example
 * const modules = await listModules();
 */
export async function listModules(options: { db?: Db } = {}): Promise<ModuleChoice[]> {
  const db = options.db ?? getDb();
  return db.module.findMany({
    where: { retiredAt: null },
    orderBy: [{ packId: "asc" }, { position: "asc" }],
    select: { packId: true, slug: true, title: true },
  });
}
