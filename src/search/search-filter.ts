import type { Chunk, ChunkKind } from "./chunk.js";

/** Restricts a search to one report, one objective code and/or some chunk kinds; an absent field restricts nothing. */
export type SearchFilter = {
  readonly report?: string | null;
  readonly objective?: string | null;
  readonly kinds?: readonly ChunkKind[] | null;
};

/** Whether a chunk passes the filter; the same test is applied to both retrievers. */
export function matchesSearchFilter(chunk: Chunk, filter: SearchFilter): boolean {
  if (filter.report && chunk.report !== filter.report) return false;
  if (filter.objective && chunk.objective !== filter.objective) return false;
  if (filter.kinds && filter.kinds.length > 0 && !filter.kinds.includes(chunk.kind)) return false;
  return true;
}
