import type { Report } from "../../report/report.js";
import type { Corpus } from "../corpus/build-corpus.js";
import { buildLexicon } from "./build-lexicon.js";

/** Where the vocabulary typos are read against comes from. */
export interface LexiconSources {
  readonly corpus: Corpus;
  readonly englishRank?: (word: string) => number | undefined;
}

// Built once per loaded corpus: the vocabulary typos are read against.
const lexicons = new WeakMap<Corpus, Map<string, number>>();

/** The reports' own words with English frequency ranks; null when no ranks are loaded (then no typo is corrected). */
export function lexiconOf(dependencies: LexiconSources) {
  if (!dependencies.englishRank) return null;
  let words = lexicons.get(dependencies.corpus);
  if (!words) {
    const { corpus } = dependencies;
    words = buildLexicon([
      ...corpus.measures.map((entry) => entry.measure.name),
      ...corpus.objectives.map((entry) => entry.objective.title),
      ...corpus.passages.flatMap((entry) => entry.sentences.map((sentence) => sentence.text)),
    ]);
    lexicons.set(dependencies.corpus, words);
  }
  return { words, englishRank: dependencies.englishRank };
}

/** The outcome names of every loaded report, for "under Place" read as a filter. */
export function outcomeNamesOf(dependencies: { readonly reports: readonly Report[] }): string[] {
  return [...new Set(dependencies.reports.flatMap((report) => report.outcomes.map((outcome) => outcome.name)))];
}
