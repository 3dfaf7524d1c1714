import type { Chunk } from "./chunk.js";
import { expandQuery } from "./expand-query.js";
import type { Hit, SearchOptions } from "./hit.js";
import type { SearchIndex } from "./load-search-index.js";
import { matchesSearchFilter } from "./search-filter.js";

/** Vector documents fetched per chunk wanted at first: a chunk has its whole and a few sentences in the store. */
const documentsPerChunk = 4;

/**
 * Vector-only search: embeds the glossary-expanded query and returns the `k` chunks passing the filter whose
 * closest vector document (the whole chunk or one of its sentences) is nearest, closest first, scored by that
 * cosine similarity. Fetches more documents until `k` distinct chunks are found or the store is exhausted.
 * Empty when the query has no word the embedder knows.
 */
export async function searchVector(index: SearchIndex, query: string, options: SearchOptions = {}): Promise<Hit[]> {
  const { k = 5 } = options;
  const vector = await index.embeddings.embedQuery(expandQuery(query, index.glossary).text);
  if (!vector.some((value) => value !== 0)) return [];
  const chunkOf = (document: { metadata: Record<string, unknown> }) =>
    index.chunksById.get(String(document.metadata.chunk));
  const filter = (document: { metadata: Record<string, unknown> }) => {
    // The report is read from the metadata first: with many reports, most documents fail there, without a lookup.
    if (options.report && document.metadata.report !== options.report) return false;
    const chunk = chunkOf(document);
    return chunk !== undefined && matchesSearchFilter(chunk, options);
  };
  // The closest document of each chunk, in order: a Map keeps the first (closest) one it is given.
  const best = new Map<Chunk, number>();
  for (let wanted = k * documentsPerChunk; ; wanted *= 2) {
    const found = await index.vectorStore.similaritySearchVectorWithScore(vector, wanted, filter);
    best.clear();
    for (const [document, similarity] of found) {
      const chunk = chunkOf(document)!;
      if (!best.has(chunk)) best.set(chunk, similarity);
    }
    if (best.size >= k || found.length < wanted || wanted >= index.vectorStore.size) break;
  }
  return [...best.entries()].slice(0, k).map(([chunk, similarity], position) => ({
    chunk,
    score: similarity,
    vector: { rank: position + 1, similarity },
    lexical: null,
  }));
}
