import type { ExecutionContext } from "./execution-context.js";

/** A small lift for a passage the hybrid search also ranked high: it breaks ties between equally worded sentences by meaning. */
export function searchBonus(chunkId: string, context: ExecutionContext): number {
  const rank = context.hits.findIndex((hit) => hit.chunk.id === chunkId);
  return rank < 0 ? 0 : 0.06 / (rank + 1);
}
