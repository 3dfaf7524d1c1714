import type { Glossary } from "./glossary.js";
import { stemWord } from "./stem-word.js";
import { tokenizeWords } from "./tokenize-words.js";

/** A question with the glossary's words added: `text` is what the retrievers search for. */
export type ExpandedQuery = {
  readonly query: string;
  /** Phrases added from the glossary, in glossary order, none already in the query. */
  readonly added: readonly string[];
  /** The query followed by the added phrases. */
  readonly text: string;
};

/**
 * Expands a question with the glossary: an acronym adds its meaning and a meaning adds its acronym
 * (an acronym that is also an English word — "SEND" — only when written in capitals); a plain-English
 * term adds the reports' words for it ("kids" → "children", "amber" → "review"). Phrases match whole
 * words after stemming, so "potholes" and "pothole" both count. Runs two rounds, so "tip" → "HWRC" →
 * "household waste recycling centre" works, and never adds a phrase twice.
 */
export function expandQuery(query: string, glossary: Glossary): ExpandedQuery {
  const added: string[] = [];
  const written = tokenizeWords(query);
  let stems = written.map(normalise);
  const capitals = new Set(written.filter((word) => word === word.toUpperCase()));
  const add = (phrase: string) => {
    const phraseStems = phraseToStems(phrase);
    if (phraseStems.length === 0 || containsPhrase(stems, phraseStems)) return;
    added.push(phrase);
    stems = [...stems, ...phraseStems];
  };
  for (let round = 0; round < 2; round += 1) {
    for (const synonym of glossary.synonyms) {
      if (synonym.terms.some((term) => containsPhrase(stems, phraseToStems(term)))) synonym.means.forEach(add);
    }
    for (const entry of glossary.acronyms) {
      const acronymUsed = entry.word
        ? capitals.has(entry.acronym) || capitals.has(`${entry.acronym}S`)
        : containsPhrase(stems, phraseToStems(entry.acronym));
      const variantUsed = entry.variants.some((variant) => containsPhrase(stems, phraseToStems(variant)));
      if (acronymUsed || variantUsed) add(entry.meaning);
      if (containsPhrase(stems, phraseToStems(entry.meaning))) {
        add(entry.acronym);
        capitals.add(entry.acronym);
      }
    }
  }
  return { query, added, text: [query, ...added].join(" ") };
}

function normalise(word: string): string {
  return stemWord(word.toLowerCase());
}

// The glossary's phrases are stemmed again for every query: keep each phrase's stems once computed.
const phraseStems = new Map<string, string[]>();

function phraseToStems(phrase: string): string[] {
  let stems = phraseStems.get(phrase);
  if (stems === undefined) {
    stems = tokenizeWords(phrase).map(normalise);
    phraseStems.set(phrase, stems);
  }
  return stems;
}

function containsPhrase(stems: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let start = 0; start + phrase.length <= stems.length; start += 1) {
    for (let offset = 0; offset < phrase.length; offset += 1) {
      if (stems[start + offset] !== phrase[offset]) continue outer;
    }
    return true;
  }
  return false;
}
