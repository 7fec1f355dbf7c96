import { z } from "zod";

/**
 * Query-string inputs of the gradebook and analysis pages and the CSV export.
 * Sorting comes from links (`?sort=average&dir=desc`), so an unknown value
 * falls back to the default rather than failing the page.
 */

export const GRADEBOOK_SORT_KEYS = ["name", "average", "missing"] as const;

/** `name`, `average`, `missing`, or `a:<assignmentId>` for one assignment's column. */
export const gradebookSortSchema = z.object({
  sort: z
    .union([z.enum(GRADEBOOK_SORT_KEYS), z.string().regex(/^a:[A-Za-z0-9_-]{1,64}$/)])
    .catch("name")
    .default("name"),
  dir: z.enum(["asc", "desc"]).catch("asc").default("asc"),
});
export type GradebookSort = z.infer<typeof gradebookSortSchema>;

export const CSV_EXPORT_KINDS = ["assignments", "responses"] as const;
export type CsvExportKind = (typeof CSV_EXPORT_KINDS)[number];

export const csvExportKindSchema = z.enum(CSV_EXPORT_KINDS, { error: "Choose rows=assignments or rows=responses." });

/** The one-click review of the weakest facts. */
export const WEAKEST_REVIEW_DEFAULTS = {
  factCount: 5,
  itemCount: 10,
  attemptsAllowed: 3,
  dueInDays: 7,
} as const;

/** A record id (cuid) as it arrives from a URL or a form. */
export const idSchema = z
  .string({ error: "Expected an id." })
  .min(1, { error: "The id is missing." })
  .max(64, { error: "Ids are at most 64 characters." })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "That is not a valid id." });

/** Item analysis of one assignment, or of every assignment of a class (grouped by module). */
export const itemAnalysisScopeSchema = z.union([z.object({ assignmentId: idSchema }).strict(), z.object({ classId: idSchema }).strict()], {
  error: "Choose an assignment or a class to analyse.",
});
export type ItemAnalysisScope = z.infer<typeof itemAnalysisScopeSchema>;
