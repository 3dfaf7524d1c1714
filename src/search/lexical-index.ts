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

/** How every engine indexes and searches; a saved engine is read back with the same options. */
const engineOptions = {
  fields: ["text", "context"],
  storeFields: [],
  tokenize: tokenizeWords,
  processTerm: lexicalTerm,
  searchOptions: { boost: { text: 1, context: contextBoost } },
};

function buildEngine(chunks: readonly Chunk[]): MiniSearch<Chunk> {
  const engine = new MiniSearch<Chunk>(engineOptions);
  engine.addAll([...chunks]);
  return engine;
}

/** The BM25 indexes as JSON, to save beside the vectors: reading them back costs a fraction of indexing again. */
export function lexicalIndexJson(index: LexicalIndex): string {
  return JSON.stringify({ engine: index.engine, byReport: Object.fromEntries(index.byReport) });
}

/**
 * The BM25 indexes saved by `lexicalIndexJson` for these chunks; null when the JSON is not such a save or holds
 * another number of chunks than these (the caller then builds them). The caller keys the save to the chunks' hash.
 */
export function readLexicalIndex(chunks: readonly Chunk[], json: string): LexicalIndex | null {
  try {
    type Saved = Parameters<typeof MiniSearch.loadJS>[0];
    const saved = JSON.parse(json) as { engine: Saved; byReport: Record<string, Saved> };
    const load = (engine: Saved | undefined) => {
      if (engine === undefined) throw new Error("no saved engine");
      return MiniSearch.loadJS<Chunk>(engine, engineOptions);
    };
    const engine = load(saved.engine);
    const reports = [...new Set(chunks.map((chunk) => chunk.report))];
    if (engine.documentCount !== chunks.length || Object.keys(saved.byReport).length !== reports.length) return null;
    const byReport = new Map(reports.map((report) => [report, load(saved.byReport[report])]));
    const counted = reports.every(
      (report) => byReport.get(report)?.documentCount === chunks.filter((chunk) => chunk.report === report).length,
    );
    return counted ? { engine, byReport, chunksById: new Map(chunks.map((chunk) => [chunk.id, chunk])) } : null;
  } catch {
    return null;
  }
}

/** A word as the index holds it: lower-case Porter2 stem, or null for a stop word. */
export function lexicalTerm(word: string): string | null {
  const lower = word.toLowerCase();
  return stopWords.has(lower) ? null : stemWord(lower);
}
