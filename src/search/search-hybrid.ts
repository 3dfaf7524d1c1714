import type { Hit, SearchOptions } from "./hit.js";
import type { SearchIndex } from "./load-search-index.js";
import { searchLexical } from "./search-lexical.js";
import { searchVector } from "./search-vector.js";

/** The k of reciprocal rank fusion: 1 / (60 + rank), as in Cormack et al. */
export const fusionConstant = 60;
/** How deep each retriever's ranking goes into the fusion. */
export const fusionDepth = 50;
/**
 * Weight of the vector ranking in the fusion (BM25 counts 1), as in LangChain's EnsembleRetriever: the
 * offline word vectors are the weaker retriever. Chosen on the two tuning sets (tests/search/retrieval-tuning-set.json
 * and the independently written retrieval-tuning-extra.json, 170 queries): with k = 60, 0.075–0.1 is where hybrid
 * beats BM25-only on both sets; above 0.125 the vector side starts to displace BM25's right first hits.
 */
export const vectorWeight = 0.1;

/**
 * Hybrid search: the vector and BM25 rankings (each filtered, `fusionDepth` deep) fused by weighted reciprocal
 * rank fusion — score = vectorWeight / (60 + vector rank) + 1 / (60 + BM25 rank) — best first; each hit carries
 * its rank and score from both sides (null where a side missed it). Ties keep the vector side's order.
 */
export async function searchHybrid(index: SearchIndex, query: string, options: SearchOptions = {}): Promise<Hit[]> {
  const { k = 5 } = options;
  const depth = Math.max(fusionDepth, k);
  const [vectorHits, lexicalHits] = await Promise.all([
    searchVector(index, query, { ...options, k: depth }),
    searchLexical(index, query, { ...options, k: depth }),
  ]);
  const fused = new Map<string, { hit: Hit; order: number }>();
  const merge = (hit: Hit, rank: number, order: number, weight: number) => {
    const existing = fused.get(hit.chunk.id);
    const score = (existing?.hit.score ?? 0) + weight / (fusionConstant + rank);
    fused.set(hit.chunk.id, {
      hit: {
        chunk: hit.chunk,
        score,
        vector: hit.vector ?? existing?.hit.vector ?? null,
        lexical: hit.lexical ?? existing?.hit.lexical ?? null,
      },
      order: existing?.order ?? order,
    });
  };
  vectorHits.forEach((hit, position) => merge(hit, position + 1, position, vectorWeight));
  lexicalHits.forEach((hit, position) => merge(hit, position + 1, depth + position, 1));
  return [...fused.values()]
    .sort((a, b) => b.hit.score - a.hit.score || a.order - b.order)
    .slice(0, k)
    .map(({ hit }) => hit);
}
