import type { Embeddings } from "@langchain/core/embeddings";
import { OpenAIEmbeddings } from "@langchain/openai";
import { OpenAiRequestError } from "./openai-request-error.js";

/** What the OpenAI embedder needs; `baseUrl` null means the public API. */
export type OpenAiEmbeddingsSettings = {
  readonly apiKey: string;
  readonly baseUrl: string | null;
  readonly model: string;
  readonly timeoutMs: number;
  /** Retries after a rate limit, a timeout or a server error; authentication errors are never retried. */
  readonly maxRetries: number;
};

/**
 * OpenAI embeddings behind LangChain's `Embeddings` interface. Every failure (401, 429 after the retries,
 * timeout, unreachable server, a response that does not hold one vector per text) is thrown as an
 * `OpenAiRequestError` with one readable message, so the caller can report it and fall back to the offline embedder.
 */
export function createOpenAiEmbeddings(settings: OpenAiEmbeddingsSettings): Embeddings {
  return new CheckedOpenAiEmbeddings({
    apiKey: settings.apiKey,
    model: settings.model,
    timeout: settings.timeoutMs,
    maxRetries: settings.maxRetries,
    configuration: settings.baseUrl ? { baseURL: settings.baseUrl } : {},
  });
}

// A subclass rather than a wrapper so callers keep `model` and the rest of OpenAIEmbeddings' surface.
class CheckedOpenAiEmbeddings extends OpenAIEmbeddings {
  override async embedDocuments(texts: string[]): Promise<number[][]> {
    try {
      const vectors = await super.embedDocuments(texts);
      checkVectors(vectors, texts.length);
      return vectors;
    } catch (error) {
      throw OpenAiRequestError.from("embeddings", error);
    }
  }

  override async embedQuery(text: string): Promise<number[]> {
    try {
      const vector = await super.embedQuery(text);
      checkVectors([vector], 1);
      return vector;
    } catch (error) {
      throw OpenAiRequestError.from("embeddings", error);
    }
  }
}

function checkVectors(vectors: readonly (readonly number[] | undefined)[], expected: number): void {
  const dimension = vectors[0]?.length ?? 0;
  const wellFormed =
    vectors.length === expected &&
    vectors.every((vector) => vector !== undefined && vector.length === dimension && dimension > 0);
  if (!wellFormed) {
    throw new OpenAiRequestError(
      "embeddings",
      "bad-response",
      null,
      `the response held ${vectors.length} vector(s) for ${expected} text(s), or vectors of different sizes`,
    );
  }
}
