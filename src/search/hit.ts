import type { Chunk } from "./chunk.js";
import type { SearchFilter } from "./search-filter.js";

/** A retrieved chunk with its fused score and where each retriever ranked it (1 = best; null = not in its list). */
export type Hit = {
  readonly chunk: Chunk;
  /** Reciprocal rank fusion score for hybrid search; the side's own score for a one-sided search. */
  readonly score: number;
  /** Cosine similarity of query and chunk vectors (higher is closer). */
  readonly vector: { readonly rank: number; readonly similarity: number } | null;
  /** BM25 score from MiniSearch (higher is better, unbounded). */
  readonly lexical: { readonly rank: number; readonly score: number } | null;
};

/** Options shared by the search functions: the best `k` (default 5) chunks passing the filter. */
export type SearchOptions = SearchFilter & { readonly k?: number };
