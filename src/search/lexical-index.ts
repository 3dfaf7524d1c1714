import MiniSearch from "minisearch";
import type { Chunk } from "./chunk.js";
import { stemWord } from "./stem-word.js";
import { stopWords } from "./stop-words.js";
import { tokenizeWords } from "./tokenize-words.js";

/** BM25 (MiniSearch's BM25+) over the chunks' text and context, with stemmed terms and stop words dropped. */
export type LexicalIndex = {
  /** Over every chunk: for searches of all reports. */
  readonly engine: MiniSearch<Chunk>;
  /** One per report, over its chunks only: a search of one report scores none of the others'. */
  readonly byReport: ReadonlyMap<string, MiniSearch<Chunk>>;
  readonly chunksById: ReadonlyMap<string, Chunk>;
};

/** How much a match in a chunk's context (objective title, notes) counts against one in its own text. */
export const contextBoost = 0.5;

/** Builds the BM25 indexes of the chunks, all together and per report; a few milliseconds for both reports. */
export function buildLexicalIndex(chunks: readonly Chunk[]): LexicalIndex {
  const reports = [...new Set(chunks.map((chunk) => chunk.report))];
  return {
    engine: buildEngine(chunks),
    byReport: new Map(
      reports.map((report) => [report, buildEngine(chunks.filter((chunk) => chunk.report === report))]),
    ),
    chunksById: new Map(chunks.map((chunk) => [chunk.id, chunk])),
  };
}

function buildEngine(chunks: readonly Chunk[]): MiniSearch<Chunk> {
  const engine = new MiniSearch<Chunk>({
    fields: ["text", "context"],
    storeFields: [],
    tokenize: tokenizeWords,
    processTerm: lexicalTerm,
    searchOptions: { boost: { text: 1, context: contextBoost } },
  });
  engine.addAll([...chunks]);
  return engine;
}

/** A word as the index holds it: lower-case Porter2 stem, or null for a stop word. */
export function lexicalTerm(word: string): string | null {
  const lower = word.toLowerCase();
  return stopWords.has(lower) ? null : stemWord(lower);
}
