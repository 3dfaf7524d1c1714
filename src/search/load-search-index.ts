import { createHash } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Embeddings } from "@langchain/core/embeddings";
import { z } from "zod";
import type { Records } from "../report/records.js";
import { buildChunks } from "./build-chunks.js";
import type { Chunk } from "./chunk.js";
import type { Glossary } from "./glossary.js";
import { HnswVectorStore } from "./hnsw-vector-store.js";
import { buildLexicalIndex, type LexicalIndex, lexicalIndexJson, readLexicalIndex } from "./lexical-index.js";
import { loadGlossary } from "./load-glossary.js";
import { chunkDocumentText, vectorDocuments } from "./vector-documents.js";
import { corpusStatisticsSchema, WordVectorEmbeddings } from "./word-vector-embeddings.js";

/** Bump when chunk text, document text, the offline weighting or the vector layout changes, so saved indexes are rebuilt. */
const indexFormat = 5;
const metadataFile = "index.json";
/** The BM25 indexes, saved with the vectors (format 4 on): a start with a current index reads them instead of indexing again. */
const lexicalFile = "lexical.json";
const statisticsFile = "corpus-statistics.json";
const metadataSchema = z.object({
  hash: z.string(),
  embedderName: z.string(),
  chunks: z.number().int(),
  documents: z.number().int(),
  format: z.literal(indexFormat),
});

/** Everything a search needs, loaded once: the chunks, both retrievers, the query embedder and the glossary. */
export type SearchIndex = {
  readonly chunks: readonly Chunk[];
  readonly chunksById: ReadonlyMap<string, Chunk>;
  readonly vectorStore: HnswVectorStore;
  readonly lexicalIndex: LexicalIndex;
  /** Embeds queries the way the chunks were embedded (for word vectors: with the chunk corpus's IDF). */
  readonly embeddings: Embeddings;
  readonly embedderName: string;
  readonly glossary: Glossary;
  /** Content hash of the chunks and the embedder: the saved vectors are reused only when it matches. */
  readonly hash: string;
  /** True when the vectors were computed in this call rather than read from disk. */
  readonly rebuilt: boolean;
};

/**
 * Builds the chunks from the records, and loads the vector index and the BM25 indexes saved under
 * `<directory>/<embedderName>/` when its content hash (chunks + embedder) matches (BM25 is built when its save is
 * missing or unreadable) — otherwise embeds every
 * chunk (whole and by sentence, see `vectorDocuments`) and saves a fresh index (written beside and renamed into place). Each embedder has its own
 * directory, so vectors of two embedders are never mixed.
 */
export async function loadSearchIndex({
  records,
  embeddings,
  embedderName,
  directory,
  glossary,
  log = () => {},
}: {
  records: Records;
  embeddings: Embeddings;
  embedderName: string;
  directory: string;
  glossary?: Glossary;
  log?: (line: string) => void;
}): Promise<SearchIndex> {
  const chunks = buildChunks(records);
  const documentTexts = chunks.map(chunkDocumentText);
  const documents = vectorDocuments(chunks);
  const vectorSource = embeddings instanceof WordVectorEmbeddings ? embeddings.vectors.source : null;
  const hash = createHash("sha256")
    .update(JSON.stringify({ indexFormat, embedderName, vectorSource, chunks }))
    .digest("hex");
  const indexDirectory = path.join(directory, embedderName.replace(/[^A-Za-z0-9._-]+/g, "-"));
  const current = (await readSaved(indexDirectory, metadataFile, metadataSchema))?.hash === hash;
  // The offline embedder's IDF and common direction come from the chunks: saved with the index they were built
  // with (the hash covers the chunks and the vectors), so a start-up does not read every chunk again.
  const savedStatistics =
    current && embeddings instanceof WordVectorEmbeddings
      ? await readSaved(indexDirectory, statisticsFile, corpusStatisticsSchema)
      : null;
  const queryEmbeddings =
    embeddings instanceof WordVectorEmbeddings
      ? savedStatistics &&
        (savedStatistics.commonDirection === null ||
          savedStatistics.commonDirection.length === embeddings.vectors.dimensions)
        ? embeddings.withStatistics(savedStatistics)
        : embeddings.withCorpus(documentTexts)
      : embeddings;
  const base = {
    chunks,
    embeddings: queryEmbeddings,
    embedderName,
    glossary: glossary ?? (await loadGlossary()),
    hash,
  };
  const withLexical = (lexicalIndex: LexicalIndex) => ({ ...base, chunksById: lexicalIndex.chunksById, lexicalIndex });

  if (current) {
    const vectorStore = await HnswVectorStore.load(indexDirectory, queryEmbeddings);
    if (vectorStore.size === documents.length) {
      const saved = await readFile(path.join(indexDirectory, lexicalFile), "utf8").catch(() => null);
      const lexicalIndex = (saved === null ? null : readLexicalIndex(chunks, saved)) ?? buildLexicalIndex(chunks);
      return { ...withLexical(lexicalIndex), vectorStore, rebuilt: false };
    }
  }
  const lexicalIndex = buildLexicalIndex(chunks);

  log(
    `Embedding ${chunks.length} chunks (${documents.length} texts: each whole and its sentences) with ${embedderName}…`,
  );
  const vectorStore = new HnswVectorStore(queryEmbeddings);
  await vectorStore.addDocuments(documents);
  const temporary = `${indexDirectory}.tmp-${process.pid}`;
  await rm(temporary, { recursive: true, force: true });
  await vectorStore.save(temporary);
  await writeFile(path.join(temporary, lexicalFile), lexicalIndexJson(lexicalIndex));
  if (queryEmbeddings instanceof WordVectorEmbeddings)
    await writeFile(path.join(temporary, statisticsFile), JSON.stringify(queryEmbeddings.corpusStatistics()));
  await writeFile(
    path.join(temporary, metadataFile),
    JSON.stringify({ hash, embedderName, chunks: chunks.length, documents: documents.length, format: indexFormat }),
  );
  await mkdir(directory, { recursive: true });
  await rm(indexDirectory, { recursive: true, force: true });
  await rename(temporary, indexDirectory);
  log(`Saved the ${embedderName} index of ${chunks.length} chunks to ${indexDirectory}.`);
  return { ...withLexical(lexicalIndex), vectorStore, rebuilt: true };
}

/** A JSON file of the index that `schema` accepts; null when it is missing, unreadable or of another shape. */
async function readSaved<T>(indexDirectory: string, file: string, schema: z.ZodType<T>): Promise<T | null> {
  try {
    const parsed = schema.safeParse(JSON.parse(await readFile(path.join(indexDirectory, file), "utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
