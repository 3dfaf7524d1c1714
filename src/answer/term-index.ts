import { sameWord, terms } from "./terms.js";

/** Document frequencies of the words of a set of texts, for weighing how telling a question's word is. */
export interface TermIndex {
  readonly documentCount: number;
  /** Term → number of documents containing it. */
  readonly frequencies: ReadonlyMap<string, number>;
}

/** A question word with its weight and the corpus words that count as the same word. */
export interface WeighedTerm {
  readonly term: string;
  /** Inverse document frequency: a word no document has weighs most. */
  readonly weight: number;
  /** Corpus words matching the term or one of its synonyms. */
  readonly forms: ReadonlySet<string>;
}

/** Builds document frequencies over already-tokenised documents. */
export function buildTermIndex(documents: readonly (readonly string[])[]): TermIndex {
  const frequencies = new Map<string, number>();
  for (const document of documents) {
    for (const term of new Set(document)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  }
  return { documentCount: documents.length, frequencies };
}

/**
 * Weighs the terms of a question: each term (with its synonyms) is matched to the corpus words that are forms
 * of it, and weighted by the inverse frequency of the documents holding any of them.
 */
export function weighTerms(
  index: TermIndex,
  questionTerms: readonly string[],
  synonyms: (term: string) => readonly string[] = () => [],
): WeighedTerm[] {
  const weighed: WeighedTerm[] = [];
  for (const term of new Set(questionTerms)) {
    const alternatives = [term, ...synonyms(term).flatMap((phrase) => terms(phrase))];
    const forms = new Set<string>();
    let frequency = 0;
    for (const [word, documents] of index.frequencies) {
      if (alternatives.some((alternative) => sameWord(alternative, word))) {
        forms.add(word);
        frequency = Math.max(frequency, documents);
      }
    }
    const weight = Math.log((index.documentCount + 1) / (frequency + 0.5));
    weighed.push({ term, weight: Math.max(weight, 0.05), forms });
  }
  return weighed;
}

/** Share of the question's weight that a document's words cover, 0–1. */
export function coverage(weighed: readonly WeighedTerm[], documentTerms: ReadonlySet<string>): number {
  let total = 0;
  let covered = 0;
  for (const term of weighed) {
    total += term.weight;
    if (covers(term, documentTerms)) covered += term.weight;
  }
  return total === 0 ? 0 : covered / total;
}

/** Whether a document holds a form of the term. */
export function covers(term: WeighedTerm, documentTerms: ReadonlySet<string>): boolean {
  if (documentTerms.has(term.term)) return true;
  for (const form of term.forms) if (documentTerms.has(form)) return true;
  return false;
}
