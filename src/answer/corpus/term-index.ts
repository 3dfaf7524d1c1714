import { stemWord } from "../../search/stem-word.js";
import { sameWord, topicTerms } from "./topic-terms.js";

/** Document frequencies of the words of a set of texts, for weighing how telling a question's word is. */
export interface TermIndex {
  readonly documentCount: number;
  /** Term → number of documents containing it. */
  readonly frequencies: ReadonlyMap<string, number>;
  /** Corpus words by their first four letters and by their stem: the only words `sameWord` can pair a word with. */
  readonly candidates: (word: string) => readonly string[];
}

/** A question word with its weight, the corpus words that are forms of it, and its synonyms' words. */
export interface WeighedTerm {
  readonly term: string;
  /** Inverse document frequency: a word no document has weighs most. */
  readonly weight: number;
  /** Corpus words that are forms of the term. */
  readonly forms: ReadonlySet<string>;
  /** Synonym phrases (from the glossary), each as the forms of each of its words: a document holding all of one counts. */
  readonly phrases: readonly (readonly ReadonlySet<string>[])[];
}

// A synonym phrase that repeats the question's word stands for it through its other words only when one of them
// weighs at least this much (about the weight of a word one sentence in ten holds).
const repeatedPhraseWeight = 2.5;

/** How telling a word is: the log of documents over those holding it (a word no document holds weighs most). */
export function inverseFrequency(index: Pick<TermIndex, "documentCount">, documentsHolding: number): number {
  return Math.log((index.documentCount + 1) / (documentsHolding + 0.5));
}

/** Builds document frequencies over already-tokenised documents. */
export function buildTermIndex(documents: readonly (readonly string[])[]): TermIndex {
  const frequencies = new Map<string, number>();
  for (const document of documents) {
    for (const term of new Set(document)) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
  }
  const byPrefix = new Map<string, string[]>();
  const byStem = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, word: string) => {
    const list = map.get(key);
    if (list) list.push(word);
    else map.set(key, [word]);
  };
  for (const word of frequencies.keys()) {
    if (word.length >= 4) add(byPrefix, word.slice(0, 4), word);
    add(byStem, stemWord(word), word);
  }
  const candidates = (word: string) => {
    const found = new Set<string>([
      ...(word.length >= 4 ? (byPrefix.get(word.slice(0, 4)) ?? []) : []),
      ...(byStem.get(stemWord(word)) ?? []),
    ]);
    if (frequencies.has(word)) found.add(word);
    return [...found];
  };
  return { documentCount: documents.length, frequencies, candidates };
}

/**
 * Weighs the terms of a question. Each term is matched to the corpus words that are forms of it, and each of its
 * synonym phrases to the forms of the phrase's words; its weight is the inverse document frequency of the term
 * itself, or — for a word the reports never use — of its rarest synonym phrase.
 */
export function weighTerms(
  index: TermIndex,
  questionTerms: readonly string[],
  synonyms: (term: string) => readonly string[] = () => [],
): WeighedTerm[] {
  const formsOf = (word: string) => {
    const forms = new Set<string>();
    let frequency = 0;
    for (const candidate of index.candidates(word)) {
      if (sameWord(word, candidate)) {
        forms.add(candidate);
        frequency = Math.max(frequency, index.frequencies.get(candidate) ?? 0);
      }
    }
    return { forms, frequency };
  };
  const weighed: WeighedTerm[] = [];
  for (const term of new Set(questionTerms)) {
    const own = formsOf(term);
    let frequency = own.frequency;
    const phrases: ReadonlySet<string>[][] = [];
    for (const phrase of synonyms(term)) {
      // A synonym that repeats the word ("absence" → "sickness absence") needs only its other words.
      const all = topicTerms(phrase);
      const words = all.filter((word) => !sameWord(word, term)).map(formsOf);
      if (words.length === 0 || words.some((word) => word.forms.size === 0)) continue;
      // …but only when those words tell: "bus" → "bus services" must not let any "service" stand for the bus.
      // Nor when they are commoner than the word asked: "fostering" → "foster carers" must not let any "carers" stand
      // for fostering.
      if (
        words.length < all.length &&
        (words.every((word) => inverseFrequency(index, word.frequency) < repeatedPhraseWeight) ||
          (own.frequency > 0 && words.every((word) => word.frequency > own.frequency)))
      )
        continue;
      phrases.push(words.map((word) => word.forms));
      if (own.frequency === 0) frequency = Math.max(frequency, Math.min(...words.map((word) => word.frequency)));
    }
    const weight = inverseFrequency(index, frequency);
    weighed.push({ term, weight: Math.max(weight, 0.05), forms: own.forms, phrases });
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

/**
 * Like `coverage`, with half credit for a word found only in the document's context (the title of the objective a
 * commentary sentence belongs to): "why is highways amber" reaches a sentence that never says "highways".
 */
export function coverageInContext(
  weighed: readonly WeighedTerm[],
  documentTerms: ReadonlySet<string>,
  contextTerms: ReadonlySet<string>,
): number {
  let total = 0;
  let covered = 0;
  for (const term of weighed) {
    total += term.weight;
    if (covers(term, documentTerms)) covered += term.weight;
    else if (covers(term, contextTerms)) covered += term.weight / 2;
  }
  return total === 0 ? 0 : covered / total;
}

/** Whether a document holds a form of the term, or every word of one of its synonym phrases. */
export function covers(term: WeighedTerm, documentTerms: ReadonlySet<string>): boolean {
  if (documentTerms.has(term.term) || hasAny(term.forms, documentTerms)) return true;
  return term.phrases.some((phrase) => phrase.every((forms) => hasAny(forms, documentTerms)));
}

function hasAny(forms: ReadonlySet<string>, documentTerms: ReadonlySet<string>): boolean {
  for (const form of forms) if (documentTerms.has(form)) return true;
  return false;
}
