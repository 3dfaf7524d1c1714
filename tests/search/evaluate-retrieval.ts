import { readFile } from "node:fs/promises";
import { z } from "zod";
import type { Records } from "../../src/report/records.js";
import type { Hit, SearchOptions } from "../../src/search/hit.js";
import type { SearchIndex } from "../../src/search/load-search-index.js";

const labelledQueriesSchema = z.object({
  about: z.string(),
  queries: z
    .array(z.object({ query: z.string(), report: z.string(), objective: z.string(), measure: z.string().optional() }))
    .min(1),
});
export type LabelledQuery = z.infer<typeof labelledQueriesSchema>["queries"][number];

/** Reads a labelled query set (`retrieval-*-set.json`). */
export async function readLabelledQueries(file: URL): Promise<LabelledQuery[]> {
  return labelledQueriesSchema.parse(JSON.parse(await readFile(file, "utf8"))).queries;
}

/** A search function under evaluation: hybrid, vector-only or lexical-only. */
export type Search = (index: SearchIndex, query: string, options: SearchOptions) => Promise<Hit[]>;

export type RetrievalScores = {
  /** Share of queries with a chunk of the labelled objective among the first 5 hits. */
  recallAt5: number;
  /** Mean of 1 / rank of the first chunk of the labelled objective within the first 10 hits (0 when absent). */
  mrr: number;
  /** Share of measure-labelled queries whose measure's own chunk is among the first 5 hits. */
  measureRecallAt5: number;
  /** Rank of the first relevant hit per query (null when not in the first 10), in query order. */
  ranks: (number | null)[];
};

/**
 * Scores a search on labelled queries, each searched within its labelled report (as the answer engine does):
 * a hit is relevant when it belongs to the labelled objective.
 */
export async function evaluateRetrieval(
  index: SearchIndex,
  records: Records,
  queries: readonly LabelledQuery[],
  search: Search,
): Promise<RetrievalScores> {
  const ranks: (number | null)[] = [];
  let measureFound = 0;
  let measureQueries = 0;
  for (const labelled of queries) {
    const hits = await search(index, labelled.query, { k: 10, report: labelled.report });
    const position = hits.findIndex((hit) => hit.chunk.objective === labelled.objective);
    ranks.push(position === -1 ? null : position + 1);
    if (labelled.measure) {
      measureQueries += 1;
      const measureId = resolveMeasure(records, labelled);
      if (hits.slice(0, 5).some((hit) => hit.chunk.measure === measureId)) measureFound += 1;
    }
  }
  return {
    recallAt5: ranks.filter((rank) => rank !== null && rank <= 5).length / queries.length,
    mrr: ranks.reduce<number>((sum, rank) => sum + (rank === null ? 0 : 1 / rank), 0) / queries.length,
    measureRecallAt5: measureQueries === 0 ? 0 : measureFound / measureQueries,
    ranks,
  };
}

/** The id of the one measure of the labelled report and objective whose name contains (or is) the label's fragment. */
export function resolveMeasure(records: Records, labelled: LabelledQuery): string {
  const fragment = labelled.measure!.toLowerCase();
  const containing = records.measures.filter(
    (measure) =>
      measure.report === labelled.report &&
      measure.objective === labelled.objective &&
      measure.name.toLowerCase().includes(fragment),
  );
  // A fragment that is one measure's whole name picks it even when a longer name contains it.
  const matches =
    containing.length > 1 ? containing.filter((measure) => measure.name.toLowerCase() === fragment) : containing;
  if (matches.length !== 1)
    throw new Error(
      `"${labelled.measure}" names ${matches.length} measures of ${labelled.report} ${labelled.objective}, expected one.`,
    );
  return matches[0]!.id;
}
