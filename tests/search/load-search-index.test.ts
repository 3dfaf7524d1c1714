import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Records } from "../../src/report/records.js";
import { createEmbeddings } from "../../src/search/create-embeddings.js";
import { buildLexicalIndex, lexicalIndexJson } from "../../src/search/lexical-index.js";
import { loadSearchIndex } from "../../src/search/load-search-index.js";
import { chunkDocumentText, vectorDocuments } from "../../src/search/vector-documents.js";
import type { WordVectorEmbeddings } from "../../src/search/word-vector-embeddings.js";
import { recordsFixture } from "./records-fixture.js";

let directory: string;
let embeddings: WordVectorEmbeddings;
beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), "search-index-"));
  embeddings = (await createEmbeddings({ dataDirectory: "data" })).embeddings as WordVectorEmbeddings;
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

const load = (records: Records, embedderName = "word-vectors-sg100d") =>
  loadSearchIndex({ records, embeddings, embedderName, directory });

describe("loadSearchIndex", () => {
  it("builds the chunks, both retrievers and saves the vectors under <directory>/<embedder name>", async () => {
    const index = await load(recordsFixture);
    expect(index.rebuilt).toBe(true);
    expect(index.vectorStore.size).toBe(vectorDocuments(index.chunks).length);
    expect(index.lexicalIndex.engine.documentCount).toBe(index.chunks.length);
    const perReport = [...index.lexicalIndex.byReport].map(([report, engine]) => [report, engine.documentCount]);
    expect(perReport).toEqual(
      [...new Set(index.chunks.map((chunk) => chunk.report))].map((report) => [
        report,
        index.chunks.filter((chunk) => chunk.report === report).length,
      ]),
    );
    expect(await readdir(path.join(directory, "word-vectors-sg100d"))).toEqual(
      expect.arrayContaining(["index.json", "hnsw.index", "documents.json", "lexical.json"]),
    );
  });

  it("reuses the saved vectors when neither the records nor the embedder changed", async () => {
    const first = await load(recordsFixture);
    const second = await load(recordsFixture);
    expect(second.rebuilt).toBe(false);
    expect(second.hash).toBe(first.hash);
    const query = await second.embeddings.embedQuery("potholes");
    expect(await second.vectorStore.similaritySearchVectorWithScore(query, 3)).toEqual(
      await first.vectorStore.similaritySearchVectorWithScore(query, 3),
    );
  });

  it("embeds a question from the saved corpus statistics exactly as from the chunks themselves", async () => {
    const built = await load(recordsFixture);
    const read = await load(recordsFixture);
    expect(read.rebuilt).toBe(false);
    expect(await readdir(path.join(directory, "word-vectors-sg100d"))).toContain("corpus-statistics.json");
    const fromChunks = embeddings.withCorpus(built.chunks.map(chunkDocumentText));
    for (const question of ["potholes repaired", "children in care placements", "why are savings rated review"])
      expect(await read.embeddings.embedQuery(question)).toEqual(await fromChunks.embedQuery(question));
  });

  it("reads the chunks again when the saved corpus statistics are unreadable", async () => {
    const built = await load(recordsFixture);
    await writeFile(path.join(directory, "word-vectors-sg100d", "corpus-statistics.json"), "{not json");
    const read = await load(recordsFixture);
    expect(read.rebuilt).toBe(false);
    expect(await read.embeddings.embedQuery("potholes")).toEqual(await built.embeddings.embedQuery("potholes"));
  });

  it("reads the saved BM25 indexes back, scoring every query as the indexes it built", async () => {
    const built = await load(recordsFixture);
    const read = await load(recordsFixture);
    expect(read.rebuilt).toBe(false);
    for (const query of ["potholes repaired", "children in care", "savings"]) {
      expect(read.lexicalIndex.engine.search(query)).toEqual(built.lexicalIndex.engine.search(query));
      for (const [report, engine] of built.lexicalIndex.byReport)
        expect(read.lexicalIndex.byReport.get(report)?.search(query)).toEqual(engine.search(query));
    }
  });

  it("starts from the saved BM25 indexes instead of indexing the chunks again", async () => {
    const built = await load(recordsFixture);
    // A valid save whose first chunk holds a word no report has: only a start that reads the save can find it.
    const marked = built.chunks.map((chunk, i) =>
      i === 0 ? { ...chunk, text: `${chunk.text} zyxwordplanted` } : chunk,
    );
    await writeFile(
      path.join(directory, "word-vectors-sg100d", "lexical.json"),
      lexicalIndexJson(buildLexicalIndex(marked)),
    );
    const read = await load(recordsFixture);
    expect(read.rebuilt).toBe(false);
    expect(read.lexicalIndex.engine.search("zyxwordplanted").map((hit) => hit.id)).toEqual([built.chunks[0]?.id]);
    expect(read.lexicalIndex.byReport.get(built.chunks[0]?.report ?? "")?.search("zyxwordplanted").length).toBe(1);
    expect(read.chunksById.get(built.chunks[0]?.id ?? "")).toEqual(built.chunks[0]);
  });

  it("builds the BM25 indexes when the save holds another number of chunks", async () => {
    const built = await load(recordsFixture);
    await writeFile(
      path.join(directory, "word-vectors-sg100d", "lexical.json"),
      lexicalIndexJson(buildLexicalIndex(built.chunks.slice(1))),
    );
    const index = await load(recordsFixture);
    expect(index.rebuilt).toBe(false);
    expect(index.lexicalIndex.engine.documentCount).toBe(index.chunks.length);
    expect(index.lexicalIndex.engine.search("potholes repaired")).toEqual(
      buildLexicalIndex(built.chunks).engine.search("potholes repaired"),
    );
  });

  it("builds the BM25 indexes when their save is unreadable, keeping the saved vectors", async () => {
    await load(recordsFixture);
    await writeFile(path.join(directory, "word-vectors-sg100d", "lexical.json"), "{not json");
    const index = await load(recordsFixture);
    expect(index.rebuilt).toBe(false);
    expect(index.lexicalIndex.engine.documentCount).toBe(index.chunks.length);
  });

  it("rebuilds when a report's text changes", async () => {
    const before = await load(recordsFixture);
    const changed: Records = {
      ...recordsFixture,
      objectives: recordsFixture.objectives.map((objective) => ({
        ...objective,
        commentary: `${objective.commentary} Updated.`,
      })),
    };
    const after = await load(changed);
    expect(after.rebuilt).toBe(true);
    expect(after.hash).not.toBe(before.hash);
  });

  it("keeps another embedder's vectors in their own directory, leaving the first index valid", async () => {
    await load(recordsFixture);
    const other = await load(recordsFixture, "openai:text-embedding-3-small");
    expect(other.rebuilt).toBe(true);
    expect((await readdir(directory)).sort()).toEqual(["openai-text-embedding-3-small", "word-vectors-sg100d"]);
    expect((await load(recordsFixture)).rebuilt).toBe(false);
  });
});
