import { expandQuery } from "./expand-query.js";
import type { Hit, SearchOptions } from "./hit.js";
import type { SearchIndex } from "./load-search-index.js";
import { matchesSearchFilter } from "./search-filter.js";

/**
 * Vector-only search: embeds the glossary-expanded query and returns the `k` nearest chunks passing the
 * filter, closest first, scored by cosine similarity. Empty when the query has no word the embedder knows.
 */
export async function searchVector(index: SearchIndex, query: string, options: SearchOptions = {}): Promise<Hit[]> {
  const { k = 5 } = options;
  const vector = await index.embeddings.embedQuery(expandQuery(query, index.glossary).text);
  if (!vector.some((value) => value !== 0)) return [];
  const found = await index.vectorStore.similaritySearchVectorWithScore(vector, k, (document) => {
    const chunk = document.id === undefined ? undefined : index.chunksById.get(document.id);
    return chunk !== undefined && matchesSearchFilter(chunk, options);
  });
  return found.map(([document, similarity], position) => ({
    chunk: index.chunksById.get(document.id!)!,
    score: similarity,
    vector: { rank: position + 1, similarity },
    lexical: null,
  }));
}
