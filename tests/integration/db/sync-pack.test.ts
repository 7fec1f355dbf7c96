import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { defaultPacksDir, listPacks, loadPack, type LoadedPack } from "@/lib/content";
import { syncPack } from "@/lib/server/services/content/sync-pack";
import { PackLoadError, syncAllPacks } from "@/lib/server/services/content/sync-all-packs";
import { createTestDatabase, testProviders, type TestDatabase } from "@/tests/helpers/test-db";

const FIXTURES = path.resolve("lib/content/__fixtures__");

function loadFixturePack(): LoadedPack {
  const result = loadPack(path.join(FIXTURES, "valid-pack"), { sourcesDir: path.join(FIXTURES, "sources") });
  if (!result.ok) throw new Error(`fixture pack does not load: ${JSON.stringify(result.problems)}`);
  return result.pack;
}

/** The real pack, when it loads (content authors may have it mid-edit). */
function loadRealPack(): LoadedPack | null {
  const [packId] = listPacks();
  if (!packId) return null;
  const result = loadPack(path.join(defaultPacksDir(), packId));
  return result.ok ? result.pack : null;
}

function withoutFact(pack: LoadedPack, slug: string): LoadedPack {
  const copy = structuredClone(pack);
  copy.facts = copy.facts.filter((fact) => fact.id !== slug);
  for (const loaded of copy.modules) loaded.factIds = loaded.factIds.filter((id) => id !== slug);
  return copy;
}

describe.each(testProviders())("content sync on %s", (provider) => {
  let database: TestDatabase;
  const fixture = loadFixturePack();

  beforeAll(async () => {
    database = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await database?.drop();
  });
  beforeEach(async () => {
    await database.db.moduleFact.deleteMany();
    await database.db.fact.deleteMany();
    await database.db.module.deleteMany();
    await database.db.pack.deleteMany();
  });

  async function factRows(packId = fixture.meta.id) {
    return database.db.fact.findMany({ where: { packId }, orderBy: { slug: "asc" } });
  }

  it("creates the pack once; a second sync changes nothing", async () => {
    const first = await syncPack(database.db, fixture);
    expect(first).toMatchObject({ isNoop: false, created: fixture.facts.length, updated: 0, retired: 0, unchanged: 0 });
    expect(first.modules.created).toBe(fixture.modules.length);
    const before = await factRows();

    const second = await syncPack(database.db, fixture);
    expect(second).toMatchObject({ isNoop: true, created: 0, updated: 0, retired: 0, unchanged: fixture.facts.length });
    expect(await factRows()).toEqual(before);

    const stored = before.find((row) => row.slug === fixture.facts[0]!.id)!;
    expect(stored.text).toBe(fixture.facts[0]!.plainText);
    expect(JSON.parse(stored.data)).toMatchObject({ id: fixture.facts[0]!.id, kind: fixture.facts[0]!.kind });

    const links = await database.db.moduleFact.findMany({
      where: { module: { slug: fixture.modules[0]!.id } },
      orderBy: { position: "asc" },
      include: { fact: { select: { slug: true } } },
    });
    expect(links.map((link) => link.fact.slug)).toEqual(fixture.modules[0]!.factIds);
  });

  it("updates a changed fact in place and retires a removed one, keeping ids", async () => {
    await syncPack(database.db, fixture);
    const idsBefore = new Map((await factRows()).map((row) => [row.slug, row.id]));
    const [changedSlug, removedSlug] = [fixture.facts[0]!.id, fixture.facts[1]!.id];

    const edited = withoutFact(fixture, removedSlug);
    edited.facts[0]!.plainText = `${edited.facts[0]!.plainText} (revised)`;
    const retiredAt = new Date("2030-01-02T03:04:05.000Z");
    const result = await syncPack(database.db, edited, { now: retiredAt });
    expect(result).toMatchObject({ isNoop: false, created: 0, updated: 1, retired: 1, unchanged: fixture.facts.length - 2 });

    const after = await factRows();
    expect(new Map(after.map((row) => [row.slug, row.id]))).toEqual(idsBefore);
    const changed = after.find((row) => row.slug === changedSlug)!;
    expect(changed.text).toMatch(/\(revised\)$/);
    expect(changed.retiredAt).toBeNull();
    const removed = after.find((row) => row.slug === removedSlug)!;
    expect(removed.retiredAt).toEqual(retiredAt);
    expect(await database.db.moduleFact.count({ where: { factId: removed.id } })).toBe(0);

    // Idempotent after a change too, and the retired fact comes back when restored.
    expect(await syncPack(database.db, edited)).toMatchObject({ isNoop: true });
    const restored = await syncPack(database.db, fixture);
    expect(restored).toMatchObject({ created: 0, updated: 2, retired: 0 });
    expect((await factRows()).every((row) => row.retiredAt === null)).toBe(true);
  });

  it("syncs the real pack idempotently, when it loads", async (context) => {
    const real = loadRealPack();
    if (!real) {
      console.warn("!! The real content pack does not load right now: its sync test is skipped (see `npm run content -- check`).");
      context.skip();
      return;
    }
    const first = await syncPack(database.db, real);
    console.info(`[timing] ${provider}: first sync of ${real.meta.id} (${real.facts.length} facts) ${first.durationMs} ms`);
    expect(first.created).toBe(real.facts.length);
    const second = await syncPack(database.db, real);
    console.info(`[timing] ${provider}: unchanged re-sync ${second.durationMs} ms`);
    expect(second).toMatchObject({ isNoop: true, created: 0, updated: 0, retired: 0 });
    expect(await database.db.fact.count({ where: { packId: real.meta.id, retiredAt: null } })).toBe(real.facts.length);
  });

  it("syncAllPacks refuses a broken pack before writing anything", async () => {
    const attempt = syncAllPacks(database.db, { packsDir: FIXTURES, sourcesDir: path.join(FIXTURES, "sources") });
    await expect(attempt).rejects.toBeInstanceOf(PackLoadError);
    await expect(attempt).rejects.toThrow(/Pack "broken-schema" has \d+ problem/);
    expect(await database.db.pack.count()).toBe(0);
  });
});
