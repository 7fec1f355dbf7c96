/**
 * The content-pack format: zod schemas for every YAML file of a pack under
 * content/packs/<pack-id>/. Pure: no Next, no Prisma, no I/O. See
 * content/FORMAT.md for the author's guide with examples.
 */
import { z } from "zod";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case id (lower-case letters, digits and single hyphens)");

export const datePrecisions = ["day", "month", "year", "decade", "range"] as const;
export type DatePrecision = (typeof datePrecisions)[number];

/** Date formats each precision accepts; the loader checks `value`/`from`/`to` against them. */
export const datePatterns: Record<Exclude<DatePrecision, "range">, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
  decade: /^\d{3}0s$/,
};

export const factDateSchema = z
  .object({
    precision: z.enum(datePrecisions),
    /** "2011-05-02" (day), "2011-05" (month), "2011" (year), "1980s" (decade). Not used for ranges. */
    value: z.string().optional(),
    /** Range bounds, each a day, month or year ("2001", "2008-08"). */
    from: z.string().optional(),
    to: z.string().optional(),
    /** How a relative date in the article ("last month") was resolved, or how an undated claim was dated. */
    resolved: z.string().min(10).optional(),
  })
  .strict();
export type FactDate = z.infer<typeof factDateSchema>;

export const sourceKinds = ["news-report", "factbox", "analysis", "opinion"] as const;

export const sourceSchema = z
  .object({
    id: slug,
    /** File name of the article under shared/sources, so reviewers can open it. */
    file: z.string().min(1),
    publisher: z.string().min(1).nullable(),
    author: z.string().min(1).nullable(),
    title: z.string().min(1),
    date: factDateSchema,
    /** How the date was established when the article does not print it. */
    dateNote: z.string().min(10).optional(),
    kind: z.enum(sourceKinds),
    dateline: z.string().optional(),
  })
  .strict();
export type Source = z.infer<typeof sourceSchema>;

export const entityKinds = ["person", "organisation", "group", "place", "agreement", "programme"] as const;
export type EntityKind = (typeof entityKinds)[number];

export const placeTypes = ["country", "province", "region", "city", "town", "border-crossing", "site"] as const;

export const sourceRefSchema = z
  .object({
    source: slug,
    /** Paragraph number: the n-th non-empty line of the article file, counting from 1. */
    para: z.number().int().positive(),
  })
  .strict();
export type SourceRef = z.infer<typeof sourceRefSchema>;

export const roleSchema = z
  .object({
    /** The role as a noun phrase without an article: "US Defense Secretary", "Pakistani Taliban leader". */
    title: z.string().min(2),
    /** When the role applied, as the source has it. */
    date: factDateSchema,
    source: sourceRefSchema,
  })
  .strict();
export type Role = z.infer<typeof roleSchema>;

export const entitySchema = z
  .object({
    id: slug,
    kind: z.enum(entityKinds),
    /** Full name as a learner would write it: "Inter-Services Intelligence", "Leon Panetta". */
    name: z.string().min(1),
    acronym: z.string().optional(),
    /** Other spellings a typed answer may use ("ISI", "Inter Services Intelligence"). */
    aliases: z.array(z.string().min(1)).default([]),
    /**
     * Countries: the capital, whose name stands for the government ("Islamabad refused"). A text
     * that writes it names the country; a typed answer is right with it only where the fact
     * writes it, since "the tribal regions of Islamabad" is wrong.
     */
    capital: z.string().min(1).optional(),
    /** Places: what kind of place. */
    placeType: z.enum(placeTypes).optional(),
    /** A short description in our words: "Pakistan's military spy agency". */
    description: z.string().optional(),
    /** The party (country or bloc entity id) this entity belongs to or acts for, if any. */
    party: slug.optional(),
    /** People: roles with the date each applied. */
    roles: z.array(roleSchema).default([]),
    /**
     * The last year it existed ("1991" for the Soviet Union): a fact naming it happened by then, so no
     * question offers a later date for one. Common knowledge the sources take as known: say so in `note`.
     */
    existedUntil: z.string().regex(/^\d{4}$/, "a year, such as \"1991\"").optional(),
    /** Where a name that no article prints comes from: context the sources take as known, or a stand-in for an unnamed author. */
    note: z.string().min(1).optional(),
  })
  .strict();
export type Entity = z.infer<typeof entitySchema>;

export const factKinds = [
  "event",
  "quantity",
  "person-role",
  "definition",
  "cause-effect",
  "position",
  "expert-view",
  "comparison",
] as const;
export type FactKind = (typeof factKinds)[number];

export const quantitySchema = z
  .object({
    value: z.number(),
    /** "USD", "people", "soldiers", "strikes", "percent", "troops", "km" … */
    unit: z.string().min(1),
    /** What is counted, in our words: "annual US military aid to Pakistan". */
    counts: z.string().min(3),
    /** How the number is written in the text: "$2 billion" has scale "billion". */
    scale: z.enum(["thousand", "million", "billion", "trillion"]).optional(),
    /**
     * Other figures that other reports give for the same thing (early reports of the 2010 incursion
     * counted three dead where the factbox has two): a learner who knows one is not wrong, so none is
     * offered as a wrong figure.
     */
    alsoReported: z.array(z.number()).optional(),
  })
  .strict();
export type Quantity = z.infer<typeof quantitySchema>;

export const factRelations = ["updates", "conflicts", "same-event"] as const;

export const factSchema = z
  .object({
    id: slug,
    kind: z.enum(factKinds),
    /**
     * The statement, one checkable claim, in our own words. Marked spans:
     * `[Abbottabad](abbottabad)` names an entity; `[2 May 2011](#date)` is the
     * fact's date; `[$2 billion](#quantity)` is the fact's quantity.
     */
    text: z.string().min(20),
    date: factDateSchema,
    /** A short noun phrase naming an event, for timelines and ordering items: "the Abbottabad raid". */
    label: z.string().min(3).optional(),
    /** Entities involved that are not marked in the text. */
    entities: z.array(slug).default([]),
    /**
     * Entities that are not part of the fact but would make it true too in
     * place of one of its own (another group with bases in the same place,
     * another party holding the same view): never offered as a wrong answer.
     */
    alsoTrue: z.array(slug).default([]),
    /**
     * Entities the sources cannot rule out in place of one of the fact's own, though the fact does
     * not say them and they do not answer its question (a group "linked" with the Haqqanis that is
     * no "international network"): never offered as a wrong answer, and not a right typed answer.
     */
    notRuledOut: z.array(slug).default([]),
    /** Parties (country or bloc entity ids) involved. */
    parties: z.array(slug).min(1),
    tags: z.array(slug).default([]),
    sources: z.array(sourceRefSchema).min(1),
    modules: z.array(slug).min(1),
    quantity: quantitySchema.optional(),
    /** A direct question whose single correct answer is `answer`. */
    question: z.string().endsWith("?").optional(),
    /** What the question asks for: an entity id marked in the text, "#date" or "#quantity". */
    answer: z.string().optional(),
    /** For position and expert-view facts: who makes the claim (entity ids). */
    claimedBy: z.array(slug).optional(),
    /** The claim's content without its author, starting lower-case: "the US was losing patience with Pakistan". */
    claim: z.string().min(10).optional(),
    /**
     * A plain-text statement the fact's source rules out, in our own words: a
     * true/false item shows it as false, with the fact as the correction, where
     * no marked element can be swapped for a wrong one that is more than a guess
     * (a view, or a state of affairs between the pack's own two countries).
     */
    falseStatement: z.string().min(20).optional(),
    /** Cause-effect facts: each a clause in our words, starting lower-case. */
    cause: z.string().min(10).optional(),
    effect: z.string().min(10).optional(),
    /**
     * Cause-effect facts: clauses of the fact's own time that its source rules out as the effect,
     * offered as wrong options before clauses from other facts (which come from other times, and so
     * tell themselves apart by their dates).
     */
    wrongEffects: z.array(z.string().min(10)).optional(),
    relatedFacts: z
      .array(z.object({ id: slug, relation: z.enum(factRelations) }).strict())
      .default([]),
    /** Anything a reviewer should know: how a date was resolved, context added from outside the sources. */
    note: z.string().optional(),
  })
  .strict();
export type Fact = z.infer<typeof factSchema>;

export const moduleSchema = z
  .object({
    id: slug,
    title: z.string().min(3),
    summary: z.string().min(40),
    objectives: z.array(z.string().min(10)).min(3).max(5),
  })
  .strict();
export type ModuleDef = z.infer<typeof moduleSchema>;

export const packMetaSchema = z
  .object({
    id: slug,
    title: z.string().min(3),
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a semantic version like 1.0.0"),
    description: z.string().min(10),
    language: z.string().default("en-GB"),
    /** How a tag reads as a topic, where its own words would not ("cold-war": "Cold War"). */
    topics: z.record(slug, z.string().trim().min(2, "must be a label of at least 2 characters")).default({}),
  })
  .strict();
export type PackMeta = z.infer<typeof packMetaSchema>;
