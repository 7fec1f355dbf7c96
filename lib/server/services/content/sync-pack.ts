import "server-only";
import { canonicalJson, factContentHash, packContentHash, type LoadedFact, type LoadedModule, type LoadedPack } from "@/lib/content";
import type { Db } from "@/lib/server/db";

/** How many rows a sync created, changed, retired or left alone. */
export interface SyncCounts {
  created: number;
  updated: number;
  retired: number;
  unchanged: number;
}

export interface SyncPackResult extends SyncCounts {
  packId: string;
  /** True when the pack's content hash matched the stored one, so nothing was read or written. */
  isNoop: boolean;
  /** The same counts for the pack's modules (the top-level counts are facts). */
  modules: SyncCounts;
  durationMs: number;
}

export interface SyncPackOptions {
  /** The sync time (stored as syncedAt / retiredAt); defaults to now. */
  now?: Date;
}

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// A large pack is a few thousand single-row writes: far beyond Prisma's 5 s
// default for an interactive transaction on a slow disk.
const SYNC_TRANSACTION_TIMEOUT_MS = 120_000;

const emptyCounts = (): SyncCounts => ({ created: 0, updated: 0, retired: 0, unchanged: 0 });

/**
 * Makes the database's copy of a pack (Pack, Module, Fact, ModuleFact rows)
 * match a loaded pack, in one transaction. Facts and modules are matched by
 * slug and keep their ids; a changed fact (content hash) is updated; a fact
 * or module no longer in the pack is retired (retiredAt set), never deleted,
 * because learners' answers and review history point at it; a retired one
 * that comes back is restored. A pack whose content hash is unchanged is a
 * no-op. Safe to run on every start.
 */
export async function syncPack(db: Db, pack: LoadedPack, options: SyncPackOptions = {}): Promise<SyncPackResult> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const packId = pack.meta.id;
  const contentHash = packContentHash(pack);

  const stored = await db.pack.findUnique({ where: { id: packId }, select: { contentHash: true } });
  if (stored?.contentHash === contentHash) {
    return {
      packId,
      isNoop: true,
      ...emptyCounts(),
      unchanged: pack.facts.length,
      modules: { ...emptyCounts(), unchanged: pack.modules.length },
      durationMs: elapsed(started),
    };
  }

  return db.$transaction(
    async (tx) => {
      const meta = { title: pack.meta.title, version: pack.meta.version, contentHash, syncedAt: now };
      await tx.pack.upsert({ where: { id: packId }, create: { id: packId, ...meta }, update: meta });
      const facts = await syncFacts(tx, packId, pack.facts, now);
      const modules = await syncModules(tx, packId, pack.modules, now);
      await syncModuleFacts(tx, packId, pack.modules, modules.idsBySlug, facts.idsBySlug);
      return { packId, isNoop: false, ...facts.counts, modules: modules.counts, durationMs: elapsed(started) };
    },
    { timeout: SYNC_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}

async function syncFacts(tx: Tx, packId: string, facts: LoadedFact[], now: Date) {
  const counts = emptyCounts();
  const existing = await tx.fact.findMany({ where: { packId }, select: { id: true, slug: true, contentHash: true, retiredAt: true } });
  const existingBySlug = new Map(existing.map((row) => [row.slug, row]));
  const idsBySlug = new Map<string, string>();

  for (const fact of facts) {
    const contentHash = factContentHash(fact);
    const fields = { kind: fact.kind, text: fact.plainText, data: canonicalJson(fact), contentHash, retiredAt: null };
    const row = existingBySlug.get(fact.id);
    if (!row) {
      const created = await tx.fact.create({ data: { packId, slug: fact.id, ...fields }, select: { id: true } });
      idsBySlug.set(fact.id, created.id);
      counts.created += 1;
      continue;
    }
    idsBySlug.set(fact.id, row.id);
    if (row.contentHash === contentHash && row.retiredAt === null) {
      counts.unchanged += 1;
    } else {
      await tx.fact.update({ where: { id: row.id }, data: fields });
      counts.updated += 1;
    }
  }

  const gone = existing.filter((row) => row.retiredAt === null && !idsBySlug.has(row.slug)).map((row) => row.id);
  if (gone.length > 0) {
    counts.retired = (await tx.fact.updateMany({ where: { id: { in: gone } }, data: { retiredAt: now } })).count;
  }
  return { counts, idsBySlug };
}

async function syncModules(tx: Tx, packId: string, modules: LoadedModule[], now: Date) {
  const counts = emptyCounts();
  const existing = await tx.module.findMany({ where: { packId } });
  const existingBySlug = new Map(existing.map((row) => [row.slug, row]));
  const idsBySlug = new Map<string, string>();

  for (const [position, loaded] of modules.entries()) {
    const fields = {
      title: loaded.title,
      summary: loaded.summary,
      objectives: JSON.stringify(loaded.objectives),
      position,
      retiredAt: null,
    };
    const row = existingBySlug.get(loaded.id);
    if (!row) {
      const created = await tx.module.create({ data: { packId, slug: loaded.id, ...fields }, select: { id: true } });
      idsBySlug.set(loaded.id, created.id);
      counts.created += 1;
      continue;
    }
    idsBySlug.set(loaded.id, row.id);
    const isSame =
      row.title === fields.title &&
      row.summary === fields.summary &&
      row.objectives === fields.objectives &&
      row.position === position &&
      row.retiredAt === null;
    if (isSame) {
      counts.unchanged += 1;
    } else {
      await tx.module.update({ where: { id: row.id }, data: fields });
      counts.updated += 1;
    }
  }

  const gone = existing.filter((row) => row.retiredAt === null && !idsBySlug.has(row.slug)).map((row) => row.id);
  if (gone.length > 0) {
    counts.retired = (await tx.module.updateMany({ where: { id: { in: gone } }, data: { retiredAt: now } })).count;
  }
  return { counts, idsBySlug };
}

/** Each current module's fact links become exactly its factIds, in teaching order. Retired modules keep their last links. */
async function syncModuleFacts(
  tx: Tx,
  packId: string,
  modules: LoadedModule[],
  moduleIds: Map<string, string>,
  factIds: Map<string, string>,
): Promise<void> {
  const current = [...moduleIds.values()];
  const existing = await tx.moduleFact.findMany({ where: { moduleId: { in: current } } });
  const linkKey = (moduleId: string, factId: string) => `${moduleId} ${factId}`;
  const existingByKey = new Map(existing.map((row) => [linkKey(row.moduleId, row.factId), row]));
  const wanted = new Set<string>();

  for (const loaded of modules) {
    const moduleId = moduleIds.get(loaded.id)!;
    for (const [position, factSlug] of loaded.factIds.entries()) {
      const factId = factIds.get(factSlug);
      if (!factId) throw new Error(`pack ${packId}: module ${loaded.id} lists unknown fact ${factSlug}`);
      const key = linkKey(moduleId, factId);
      wanted.add(key);
      const row = existingByKey.get(key);
      if (!row) {
        await tx.moduleFact.create({ data: { moduleId, factId, position } });
      } else if (row.position !== position) {
        await tx.moduleFact.update({ where: { moduleId_factId: { moduleId, factId } }, data: { position } });
      }
    }
  }

  for (const row of existing) {
    if (!wanted.has(linkKey(row.moduleId, row.factId))) {
      await tx.moduleFact.delete({ where: { moduleId_factId: { moduleId: row.moduleId, factId: row.factId } } });
    }
  }
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
