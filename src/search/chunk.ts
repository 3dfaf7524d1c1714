import { z } from "zod";

/** What part of a report a chunk comes from. */
export const chunkKindSchema = z.enum([
  "commentary",
  "measure",
  "objective",
  "achievement",
  "footnote",
  "note",
  "introduction",
  "summary",
]);
export type ChunkKind = z.infer<typeof chunkKindSchema>;

/** A retrievable piece of a report: `text` is the report's own words, so it can be quoted as it stands. */
export const chunkSchema = z.object({
  /** Stable within a build: "<report>/<objective or kind>/<kind>-<n>". */
  id: z.string(),
  /** Report id ("2025-26-q2"). */
  report: z.string(),
  /** The report's period label ("Quarter 2 2025-26"). */
  period: z.string(),
  /** Objective code ("SO-12"), "Overarching Measure", or null for report-wide prose. */
  objective: z.string().nullable(),
  /** Measure id from the store when the chunk is about one measure. */
  measure: z.string().nullable(),
  outcome: z.string().nullable(),
  kind: chunkKindSchema,
  text: z.string(),
  /**
   * Words embedded and indexed with `text` but not quotable from it: the objective's code and title,
   * a measure's notes. Lets "why is highways amber" reach a commentary paragraph that never says "highways".
   */
  context: z.string(),
});
export type Chunk = z.infer<typeof chunkSchema>;
