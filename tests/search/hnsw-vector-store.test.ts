import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Document } from "@langchain/core/documents";
import { Embeddings } from "@langchain/core/embeddings";
import { afterEach, describe, expect, it } from "vitest";
import { HnswVectorStore } from "../../src/search/hnsw-vector-store.js";

/** A tiny deterministic embedder: one axis per known word. */
class AxisEmbeddings extends Embeddings {
  constructor(private readonly words: string[]) {
    super({});
  }
  override async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => this.words.map((word) => (text.includes(word) ? 1 : 0)));
  }
  override async embedQuery(text: string): Promise<number[]> {
    return (await this.embedDocuments([text]))[0]!;
  }
}

const embeddings = new AxisEmbeddings(["waste", "roads", "care", "jobs"]);
const documents = [
  new Document({ id: "a", pageContent: "waste", metadata: { report: "x" } }),
  new Document({ id: "b", pageContent: "roads", metadata: { report: "x" } }),
  new Document({ id: "c", pageContent: "roads care", metadata: { report: "y" } }),
  new Document({ id: "d", pageContent: "jobs", metadata: { report: "y" } }),
];
const directories: string[] = [];
afterEach(async () => {
  await Promise.all(directories.splice(0).map((directory) => rm(directory, { recursive: true, force: true })));
});

describe("HnswVectorStore", () => {
  it("returns the nearest documents first with their cosine similarity, not a distance", async () => {
    const store = new HnswVectorStore(embeddings);
    await store.addDocuments(documents);
    const results = await store.similaritySearchVectorWithScore([0, 1, 0, 0], 2);
    expect(results.map(([document, similarity]) => [document.id, Number(similarity.toFixed(4))])).toEqual([
      ["b", 1],
      ["c", 0.7071],
    ]);
  });

  it("answers a filter that keeps few of many documents by an exact scan, with the graph search's scores", async () => {
    // 6,000 pseudo-random 8-d vectors in 50 "reports"; a one-report filter keeps 120 of them.
    let seed = 7;
    const random = () => ((seed = (seed * 48271) % 2147483647) / 2147483647) * 2 - 1;
    const vectors = Array.from({ length: 6000 }, () => Array.from({ length: 8 }, random));
    const store = new HnswVectorStore(embeddings);
    await store.addVectors(
      vectors,
      vectors.map(
        (_, position) => new Document({ id: String(position), pageContent: "", metadata: { report: position % 50 } }),
      ),
    );
    const query = Array.from({ length: 8 }, random);
    const cosine = (vector: number[]) =>
      vector.reduce((sum, value, d) => sum + value * query[d]!, 0) / Math.hypot(...vector) / Math.hypot(...query);
    const exact = vectors
      .map((vector, position) => ({ position, similarity: cosine(vector) }))
      .filter(({ position }) => position % 50 === 3)
      .sort((a, b) => b.similarity - a.similarity)
      .slice(0, 5);
    const found = await store.similaritySearchVectorWithScore(query, 5, (document) => document.metadata.report === 3);
    expect(found.map(([document]) => Number(document.id))).toEqual(exact.map(({ position }) => position));
    found.forEach(([, similarity], rank) => expect(similarity).toBeCloseTo(exact[rank]!.similarity, 5));
    const [unfiltered] = await store.similaritySearchVectorWithScore(query, 1, () => true);
    expect(unfiltered![1]).toBeGreaterThanOrEqual(found[0]![1] - 1e-6);
  });

  it("applies the filter and returns fewer results when few pass", async () => {
    const store = new HnswVectorStore(embeddings);
    await store.addDocuments(documents);
    const results = await store.similaritySearchVectorWithScore(
      [0, 1, 0, 0],
      3,
      (document) => document.metadata.report === "y",
    );
    expect(results.map(([document]) => document.id)).toEqual(["c", "d"]);
  });

  it("serves LangChain's text search through its embeddings", async () => {
    const store = new HnswVectorStore(embeddings);
    await store.addDocuments(documents);
    expect((await store.similaritySearch("jobs", 1)).map((document) => document.id)).toEqual(["d"]);
  });

  it("saves to a directory and loads back the same documents and neighbours", async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "hnsw-"));
    directories.push(directory);
    const store = new HnswVectorStore(embeddings);
    await store.addDocuments(documents);
    await store.save(directory);
    const loaded = await HnswVectorStore.load(directory, embeddings);
    expect(loaded.size).toBe(4);
    const query = [1, 0, 1, 0];
    expect(await loaded.similaritySearchVectorWithScore(query, 4)).toEqual(
      await store.similaritySearchVectorWithScore(query, 4),
    );
  });

  it("refuses vectors of another dimension, so two embedders never share an index", async () => {
    const store = new HnswVectorStore(embeddings);
    await store.addDocuments(documents);
    await expect(store.addVectors([[1, 0]], [new Document({ pageContent: "other" })])).rejects.toThrow(
      /never mix two embedders/,
    );
  });

  it("returns nothing when empty", async () => {
    expect(await new HnswVectorStore(embeddings).similaritySearchVectorWithScore([1, 0, 0, 0], 3)).toEqual([]);
  });
});
