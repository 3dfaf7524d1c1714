import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expandQuery } from "../../src/search/expand-query.js";
import { createEmbeddings } from "../../src/search/create-embeddings.js";
import { loadSearchIndex, type SearchIndex } from "../../src/search/load-search-index.js";
import { fusionConstant, searchHybrid, vectorWeight } from "../../src/search/search-hybrid.js";
import { searchLexical } from "../../src/search/search-lexical.js";
import { searchVector } from "../../src/search/search-vector.js";
import { vectorDocuments } from "../../src/search/vector-documents.js";
import { recordsFixture } from "./records-fixture.js";

let query: number[];
const cosine = (a: number[], b: number[]) => a.reduce((sum, value, position) => sum + value * b[position]!, 0);

let directory: string;
let index: SearchIndex;
beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "search-hybrid-"));
  const { embeddings, name } = await createEmbeddings({ dataDirectory: "data" });
  index = await loadSearchIndex({ records: recordsFixture, embeddings, embedderName: name, directory });
  query = await index.embeddings.embedQuery(expandQuery("gritting roads in winter", index.glossary).text);
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe("searchHybrid", () => {
  it("finds the potholes measure for a paraphrase", async () => {
    const [best] = await searchHybrid(index, "how many holes in the road have been fixed", { kinds: ["measure"] });
    expect(best?.chunk.measure).toBe("2025-26-q2/SO-12/number-of-potholes-repaired");
  });

  it("scores each hit by weighted reciprocal rank fusion of its two ranks, best first", async () => {
    const hits = await searchHybrid(index, "staff off sick", { k: 10 });
    expect(hits.length).toBeGreaterThan(1);
    for (const hit of hits) {
      const expected =
        (hit.vector ? vectorWeight / (fusionConstant + hit.vector.rank) : 0) +
        (hit.lexical ? 1 / (fusionConstant + hit.lexical.rank) : 0);
      expect(hit.score).toBeCloseTo(expected, 12);
    }
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
    expect(hits.slice(0, 3).map((hit) => hit.chunk.measure)).toContain(
      "2025-26-q2/SO-21/sickness-hours-as-a-of-working-hours-available",
    );
  });

  it("returns at most k hits", async () => {
    expect(await searchHybrid(index, "highways", { k: 2 })).toHaveLength(2);
  });

  it("applies the objective and kind filters to both retrievers", async () => {
    const hits = await searchHybrid(index, "highways defects", {
      k: 20,
      objective: "SO-21",
      kinds: ["commentary", "measure"],
    });
    expect(hits.length).toBeGreaterThan(0);
    expect(
      hits.every((hit) => hit.chunk.objective === "SO-21" && ["commentary", "measure"].includes(hit.chunk.kind)),
    ).toBe(true);
  });

  it("returns nothing for a report the index does not hold", async () => {
    expect(await searchHybrid(index, "potholes", { report: "2024-25-year-end" })).toEqual([]);
  });
});

describe("searchVector and searchLexical", () => {
  it("return one-sided hits scored by cosine similarity and by BM25", async () => {
    const vectorHits = await searchVector(index, "potholes", { k: 3 });
    const lexicalHits = await searchLexical(index, "carriageway", { k: 3 });
    expect(vectorHits.map((hit) => [hit.lexical, hit.vector!.rank, hit.score === hit.vector!.similarity])).toEqual([
      [null, 1, true],
      [null, 2, true],
      [null, 3, true],
    ]);
    expect(lexicalHits.every((hit) => hit.vector === null && hit.score === hit.lexical!.score && hit.score > 0)).toBe(
      true,
    );
    expect(lexicalHits.length).toBeGreaterThan(0);
    expect(lexicalHits.every((hit) => /carriageway/i.test(`${hit.chunk.text} ${hit.chunk.context}`))).toBe(true);
  });

  it("rank each chunk once, by its closest document (whole or sentence), for as many chunks as asked", async () => {
    const hits = await searchVector(index, "gritting roads in winter", { k: 8 });
    expect(hits).toHaveLength(Math.min(8, index.chunks.length));
    expect(new Set(hits.map((hit) => hit.chunk.id)).size).toBe(hits.length);
    expect(hits.map((hit) => hit.vector!.similarity)).toEqual(
      [...hits.map((hit) => hit.vector!.similarity)].sort((a, b) => b - a),
    );
    const [best] = hits;
    const sentences = vectorDocuments([best!.chunk]).map((document) => document.pageContent);
    const closest = Math.max(
      ...(await index.embeddings.embedDocuments(sentences)).map((vector) => cosine(vector, query)),
    );
    expect(best!.vector!.similarity).toBeCloseTo(closest, 5);
  });

  it("give nothing for a query without a known or indexed word", async () => {
    expect(await searchVector(index, "what is the")).toEqual([]);
    expect(await searchLexical(index, "what is the")).toEqual([]);
  });
});
