/**
 * The shape of a loaded, validated pack: what the loader returns and what the
 * engine, the CLI and the database sync consume. Pure types.
 */
import type { Entity, Fact, ModuleDef, PackMeta, Source } from "./schema";

/** What a marked span in a fact's text refers to. */
export type MarkRef = { type: "entity"; id: string } | { type: "date" } | { type: "quantity" };

/** A marked span of a fact's plain text: `plainText.slice(start, end) === text`. */
export interface Mark {
  start: number;
  end: number;
  text: string;
  ref: MarkRef;
}

export interface LoadedFact extends Fact {
  /** `text` with the markup removed: what a learner reads. */
  plainText: string;
  marks: Mark[];
  /** Every entity the fact involves: marked ones first, then `entities`, without repeats. */
  entityIds: string[];
}

export interface LoadedModule extends ModuleDef {
  /** The module's facts in teaching order (date order, then file order). */
  factIds: string[];
}

export interface LoadedPack {
  meta: PackMeta;
  sources: Source[];
  entities: Entity[];
  facts: LoadedFact[];
  modules: LoadedModule[];
}
