import { expandQuery } from "./expand-query.js";
import type { Hit, SearchOptions } from "./hit.js";
import type { SearchIndex } from "./load-search-index.js";
import { matchesSearchFilter } from "./search-filter.js";

/** How much a glossary-added word counts against a word the user typed. */
export const expansionWeight = 0.6;

/**
 * BM25-only search: the query's own words at full weight OR the glossary's added words at `expansionWeight`,
 * returning the `k` best chunks passing the filter, best first, scored by BM25 — within the report's own index
 * when the filter names one (its IDF then is that report's), else over every report's chunks.
 */
export async function searchLexical(index: SearchIndex, query: string, options: SearchOptions = {}): Promise<Hit[]> {
  const { k = 5 } = options;
  const expanded = expandQuery(query, index.glossary);
  const queries =
    expanded.added.length > 0
      ? [query, { queries: [expanded.added.join(" ")], boostTerm: () => expansionWeight }]
      : [query];
  const { lexicalIndex } = index;
  const engine = options.report ? lexicalIndex.byReport.get(options.report) : lexicalIndex.engine;
  if (!engine) return [];
  const results = engine.search(
    { combineWith: "OR", queries },
    { filter: (result) => matchesSearchFilter(index.chunksById.get(String(result.id))!, options) },
  );
  return results.slice(0, k).map((result, position) => ({
    chunk: index.chunksById.get(String(result.id))!,
    score: result.score,
    vector: null,
    lexical: { rank: position + 1, score: result.score },
  }));
}
