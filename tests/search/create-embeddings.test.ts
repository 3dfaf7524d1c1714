import { describe, expect, it } from "vitest";
import { createEmbeddings, wordVectorEmbedderName } from "../../src/search/create-embeddings.js";
import { WordVectorEmbeddings } from "../../src/search/word-vector-embeddings.js";

describe("createEmbeddings", () => {
  it("picks the offline word vectors when no OpenAI key is given", async () => {
    const { embeddings, name } = await createEmbeddings({ openAiApiKey: null, dataDirectory: "data" });
    expect(name).toBe(wordVectorEmbedderName);
    expect(embeddings).toBeInstanceOf(WordVectorEmbeddings);
  });

  it("picks OpenAI, named after the model, when a key is given, without calling it", async () => {
    const { embeddings, name } = await createEmbeddings({
      openAiApiKey: "sk-test",
      openAiBaseUrl: "http://127.0.0.1:9/v1",
      embeddingModel: "text-embedding-3-small",
      dataDirectory: "data",
    });
    expect(name).toBe("openai:text-embedding-3-small");
    expect(embeddings).not.toBeInstanceOf(WordVectorEmbeddings);
  });
});
