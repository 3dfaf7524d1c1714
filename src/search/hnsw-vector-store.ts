import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { Document, type DocumentInterface } from "@langchain/core/documents";
import type { EmbeddingsInterface } from "@langchain/core/embeddings";
import { SaveableVectorStore } from "@langchain/core/vectorstores";
import hnswlib from "hnswlib-node";
import { z } from "zod";

const files = { index: "hnsw.index", documents: "documents.json", store: "store.json" } as const;
// Fixed build parameters and seed: the same vectors always give the same graph.
const graph = { m: 16, efConstruction: 200, randomSeed: 42 } as const;
/** Candidates explored per query; with a few thousand chunks this keeps search close to exact. */
const searchBreadth = 200;
/**
 * A filter that keeps at most this many documents is answered by an exact scan of them: a graph search for
 * the few documents of one report among many has to walk most of the graph to find enough that pass.
 */
const exactScanLimit = 4000;

const savedStoreSchema = z.object({
  space: z.literal("cosine"),
  dimensions: z.number().int().positive(),
  count: z.number().int().nonnegative(),
});
const savedDocumentsSchema = z.array(
  z.object({ id: z.string().optional(), pageContent: z.string(), metadata: z.record(z.string(), z.unknown()) }),
);

/**
 * A LangChain vector store over an `hnswlib-node` HNSW graph in cosine space, saved to and loaded from a
 * directory (graph + documents as JSON). Unlike LangChain's community HNSWLib, the score it returns is
 * the cosine **similarity** (1 = same direction, higher is closer), not the distance.
 */
export class HnswVectorStore extends SaveableVectorStore {
  declare FilterType: (document: DocumentInterface) => boolean;
  private index: hnswlib.HierarchicalNSW | null = null;
  private documents: DocumentInterface[] = [];
  /** The stored (unit) vectors by label, read from the graph on the first exact scan. */
  private points: Float32Array[] | null = null;

  constructor(embeddings: EmbeddingsInterface) {
    super(embeddings, {});
  }

  override _vectorstoreType(): string {
    return "hnswlib-node";
  }

  /** Number of vectors held. */
  get size(): number {
    return this.documents.length;
  }

  override async addDocuments(documents: DocumentInterface[]): Promise<string[]> {
    return this.addVectors(
      await this.embeddings.embedDocuments(documents.map((document) => document.pageContent)),
      documents,
    );
  }

  override async addVectors(vectors: number[][], documents: DocumentInterface[]): Promise<string[]> {
    if (vectors.length !== documents.length)
      throw new Error(`Got ${vectors.length} vectors for ${documents.length} documents.`);
    if (vectors.length === 0) return [];
    this.points = null;
    const dimensions = vectors[0]!.length;
    if (!this.index) {
      this.index = new hnswlib.HierarchicalNSW("cosine", dimensions);
      this.index.initIndex(vectors.length, graph.m, graph.efConstruction, graph.randomSeed);
    } else if (this.index.getNumDimensions() !== dimensions) {
      throw new Error(
        `This store holds ${this.index.getNumDimensions()}-d vectors; got ${dimensions}-d ones: never mix two embedders.`,
      );
    } else {
      this.index.resizeIndex(this.documents.length + vectors.length);
    }
    return vectors.map((vector, position) => {
      const label = this.documents.length;
      this.index!.addPoint(vector, label);
      this.documents.push(documents[position]!);
      return documents[position]!.id ?? String(label);
    });
  }

  /** The k documents nearest the query vector that pass the filter, closest first, each with its cosine similarity. */
  override async similaritySearchVectorWithScore(
    query: number[],
    k: number,
    filter?: this["FilterType"],
  ): Promise<[DocumentInterface, number][]> {
    if (!this.index || this.documents.length === 0 || k <= 0) return [];
    const wanted = Math.min(k, this.documents.length);
    if (filter) {
      const passing: number[] = [];
      for (let label = 0; label < this.documents.length && passing.length <= exactScanLimit; label += 1)
        if (filter(this.documents[label]!)) passing.push(label);
      if (passing.length <= exactScanLimit) return this.scan(query, passing, wanted);
    }
    this.index.setEf(Math.min(this.documents.length, Math.max(wanted, searchBreadth)));
    const allowed = filter ? (label: number) => filter(this.documents[label]!) : undefined;
    const { neighbors, distances } = this.index.searchKnn(query, wanted, allowed);
    return neighbors.map((label, position) => [this.documents[label]!, 1 - distances[position]!]);
  }

  /** The k of these labels nearest the query by exact cosine similarity, closest first (ties by label). */
  private scan(query: number[], labels: readonly number[], k: number): [DocumentInterface, number][] {
    const index = this.index!;
    this.points ??= this.documents.map((_, label) => Float32Array.from(index.getPoint(label)));
    const norm = Math.sqrt(query.reduce((sum, value) => sum + value * value, 0)) || 1;
    const scored = labels.map((label) => {
      const point = this.points![label]!;
      let dot = 0;
      for (let d = 0; d < point.length; d += 1) dot += point[d]! * query[d]!;
      return { label, similarity: dot / norm };
    });
    scored.sort((a, b) => b.similarity - a.similarity || a.label - b.label);
    return scored.slice(0, k).map(({ label, similarity }) => [this.documents[label]!, similarity]);
  }

  override async save(directory: string): Promise<void> {
    await mkdir(directory, { recursive: true });
    const dimensions = this.index?.getNumDimensions() ?? 0;
    if (this.index) this.index.writeIndexSync(path.join(directory, files.index));
    const documents = this.documents.map(({ id, pageContent, metadata }) => ({ id, pageContent, metadata }));
    await writeFile(path.join(directory, files.documents), JSON.stringify(documents));
    await writeFile(
      path.join(directory, files.store),
      JSON.stringify({ space: "cosine", dimensions, count: documents.length }),
    );
  }

  /** Reads a store written by `save`; the embeddings must be the ones its vectors came from. */
  static override async load(directory: string, embeddings: EmbeddingsInterface): Promise<HnswVectorStore> {
    const saved = savedStoreSchema.parse(JSON.parse(await readFile(path.join(directory, files.store), "utf8")));
    const documents = savedDocumentsSchema.parse(
      JSON.parse(await readFile(path.join(directory, files.documents), "utf8")),
    );
    if (documents.length !== saved.count)
      throw new Error(`${directory} holds ${documents.length} documents for ${saved.count} vectors.`);
    const store = new HnswVectorStore(embeddings);
    store.documents = documents.map((document) => new Document(document));
    if (saved.count > 0) {
      store.index = new hnswlib.HierarchicalNSW("cosine", saved.dimensions);
      store.index.readIndexSync(path.join(directory, files.index));
    }
    return store;
  }
}
