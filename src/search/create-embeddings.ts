import path from "node:path";
import type { Embeddings } from "@langchain/core/embeddings";
import { loadWordVectors } from "./load-word-vectors.js";
import { prepareWordVectors } from "./prepare-word-vectors.js";
import { WordVectorEmbeddings } from "./word-vector-embeddings.js";

/** Name of the offline embedder: also its index directory under `data/generated/index/`. */
export const wordVectorEmbedderName = "word-vectors-sg100d";

/** Where the converted word vectors live under the data directory. */
export function wordVectorDirectory(dataDirectory: string): string {
  return path.join(dataDirectory, "generated", "word-vectors");
}

/**
 * Picks the embedder: OpenAI (`embeddingModel`, default text-embedding-3-small, at `openAiBaseUrl` when
 * given) when an API key is set, otherwise the offline word vectors — converted on first use with a
 * progress line (a no-op once done), then loaded in a few hundred milliseconds. `name` identifies the
 * embedder for the index ("word-vectors-sg100d", "openai:text-embedding-3-small").
 */
export async function createEmbeddings({
  openAiApiKey,
  openAiBaseUrl = null,
  embeddingModel = "text-embedding-3-small",
  openAiTimeoutMs = 20_000,
  openAiMaxRetries = 2,
  dataDirectory,
  log = () => {},
}: {
  openAiApiKey?: string | null;
  openAiBaseUrl?: string | null;
  embeddingModel?: string;
  openAiTimeoutMs?: number;
  openAiMaxRetries?: number;
  dataDirectory: string;
  log?: (line: string) => void;
}): Promise<{ embeddings: Embeddings; name: string }> {
  if (openAiApiKey) {
    // Loaded only when configured, so an offline run never pays for the OpenAI client.
    const { createOpenAiEmbeddings } = await import("./create-openai-embeddings.js");
    const embeddings = createOpenAiEmbeddings({
      apiKey: openAiApiKey,
      baseUrl: openAiBaseUrl,
      model: embeddingModel,
      timeoutMs: openAiTimeoutMs,
      maxRetries: openAiMaxRetries,
    });
    return { embeddings, name: `openai:${embeddingModel}` };
  }
  const directory = wordVectorDirectory(dataDirectory);
  await prepareWordVectors({ directory, log });
  return {
    embeddings: new WordVectorEmbeddings({ vectors: await loadWordVectors(directory) }),
    name: wordVectorEmbedderName,
  };
}
