import type { Embeddings } from "@langchain/core/embeddings";

export type EmbeddingsProbe =
  | { readonly success: true; readonly dimension: number }
  | { readonly success: false; readonly error: string };

/**
 * Embed one short text to learn whether an embedder works and what dimension it gives, without throwing:
 * the caller checks this before building an index with a remote embedder and falls back to the offline one on failure.
 */
export async function probeEmbeddings(embeddings: Embeddings): Promise<EmbeddingsProbe> {
  try {
    const vector = await embeddings.embedQuery("council performance report");
    if (vector.length === 0) return { success: false, error: "the embedder returned an empty vector" };
    return { success: true, dimension: vector.length };
  } catch (error) {
    return { success: false, error: error instanceof Error ? error.message : String(error) };
  }
}
