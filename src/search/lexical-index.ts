import MiniSearch from "minisearch";
import type { Chunk } from "./chunk.js";
import { stemWord } from "./stem-word.js";
import { stopWords } from "./stop-words.js";
import { tokenizeWords } from "./tokenize-words.js";

/** BM25 (MiniSearch's BM25+) over the chunks' text and context, with stemmed terms and stop words dropped. */
export type LexicalIndex = {
  readonly engine: MiniSearch<Chunk>;
  readonly chunksById: ReadonlyMap<string, Chunk>;
};

/** How much a match in a chunk's context (objective title, notes) counts against one in its own text. */
export const contextBoost = 0.5;

/** Builds the BM25 index of the chunks; a few milliseconds for both reports. */
export function buildLexicalIndex(chunks: readonly Chunk[]): LexicalIndex {
  const engine = new MiniSearch<Chunk>({
    fields: ["text", "context"],
    storeFields: [],
    tokenize: tokenizeWords,
    processTerm: lexicalTerm,
    searchOptions: { boost: { text: 1, context: contextBoost } },
  });
  engine.addAll([...chunks]);
  return { engine, chunksById: new Map(chunks.map((chunk) => [chunk.id, chunk])) };
}

/** A word as the index holds it: lower-case Porter2 stem, or null for a stop word. */
export function lexicalTerm(word: string): string | null {
  const lower = word.toLowerCase();
  return stopWords.has(lower) ? null : stemWord(lower);
}
