import type { Chunk } from "../../search/chunk.js";
import type { Measure } from "../../report/measure.js";
import type { Objective } from "../../report/objective.js";
import type { Corpus } from "../corpus/build-corpus.js";
import { coverage, coverageInContext, inverseFrequency, type WeighedTerm } from "../corpus/term-index.js";

const aliasCredit = 0.9;

/** A record or passage matched to a question, best first. `coverage` is the share of the question's weight it holds. */
export interface Scored<T> {
  readonly item: T;
  readonly score: number;
  readonly coverage: number;
}

// "This is expected to…", "It has…": a pronoun standing for what the sentence before said ("This quarter…" is not one).
const referringOpening =
  /^(?:this|these|it|they|which)\s+(?:(?:also|in turn|then)\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|should|includes?|included|including|means?|meant|leads?|led|results?|resulted|allows?|allowed|enables?|enabled|ensures?|ensured|brings?|brought|represents?|reflects?|follows?|builds?|demonstrates?|shows?|showed|provides?|provided|continues?|continued|helps?|helped|gives?|gave|forms?|sits?|saw|sees)\b/i;

/** A sentence of a passage that matches the question. */
export interface SentenceMatch {
  readonly chunk: Chunk;
  /** The sentence as quoted: one that points back ("This is expected to…") comes with the sentence before it. */
  readonly sentence: string;
  /** What was scored: the sentence alone, or with the one before when the two hold more of the question together. */
  readonly scored: string;
  readonly coverage: number;
  /** Coverage of the question by the whole passage. */
  readonly passageCoverage: number;
}

/** The measures, objectives and sentences a question's words point to. */
export interface Links {
  readonly measures: readonly Scored<Measure>[];
  readonly objectives: readonly Scored<Objective>[];
  readonly sentences: readonly SentenceMatch[];
}

/**
 * Scores every measure name, objective title and prose sentence against the weighed question words: mostly by how
 * much of the question they hold, partly by how much of their own name the question names (so the closest
 * of two similar measures wins). `inScope` limits the reports looked at.
 */
export function matchQuestion(
  weighed: readonly WeighedTerm[],
  corpus: Corpus,
  inScope: (report: string) => boolean = () => true,
): Links {
  const questionForms = new Set(
    weighed.flatMap((term) => [
      term.term,
      ...term.forms,
      ...term.phrases.flatMap((phrase) => phrase.flatMap((forms) => [...forms])),
    ]),
  );
  const weightOf = (word: string) => inverseFrequency(corpus.index, corpus.index.frequencies.get(word) ?? 0);
  const nameShare = (words: ReadonlySet<string>) => {
    let total = 0;
    let named = 0;
    for (const word of words) {
      const weight = weightOf(word);
      total += weight;
      if (questionForms.has(word)) named += weight;
    }
    return total === 0 ? 0 : named / total;
  };
  // How much of the question a name holds, and how much of the name's core (qualifiers aside) the question names.
  // A measure's aliases (its name with a clause of prose stating its figure) count a little less than its name.
  const score = <T>(
    item: T,
    words: ReadonlySet<string>,
    coreWords: ReadonlySet<string> = words,
    aliases: readonly ReadonlySet<string>[] = [],
    context: ReadonlySet<string> = new Set(),
  ): Scored<T> => {
    const held = Math.max(
      context.size > 0 ? coverageInContext(weighed, words, context) : coverage(weighed, words),
      ...aliases.map((alias) => aliasCredit * coverage(weighed, alias)),
    );
    return { item, coverage: held, score: 0.7 * held + 0.3 * nameShare(coreWords) };
  };
  // Only entries holding at least one form of a question word can cover any of it.
  const holding = <T>(entries: readonly T[], postings: ReadonlyMap<string, readonly number[]>): T[] => {
    const positions = new Set<number>();
    for (const form of questionForms) for (const position of postings.get(form) ?? []) positions.add(position);
    return [...positions].sort((left, right) => left - right).map((position) => entries[position]!);
  };
  const measureInScope = (entry: Corpus["measures"][number]) => inScope(entry.measure.report);
  const measures = holding(corpus.measures, corpus.postings.measures)
    .filter(measureInScope)
    .map((entry) => score(entry.measure, entry.terms, entry.coreTerms, entry.aliases, entry.contextTerms))
    .filter((entry) => entry.coverage > 0);
  const objectives = holding(corpus.objectives, corpus.postings.objectives)
    .filter((entry) => inScope(entry.objective.report))
    .map((entry) => score(entry.objective, entry.terms))
    .filter((entry) => entry.coverage > 0);
  const sentences: SentenceMatch[] = [];
  for (const passage of holding(corpus.passages, corpus.postings.passages).filter((entry) =>
    inScope(entry.chunk.report),
  )) {
    const passageCoverage = coverageInContext(weighed, passage.terms, passage.contextTerms);
    if (passageCoverage < 0.25) continue;
    // Each sentence's own coverage, kept for the one after it that may point back to it.
    let previousOwn = 0;
    passage.sentences.forEach((sentence, index) => {
      // "We have submitted outline planning for redeveloping the Matlock complex. This is expected to bring in around
      // £50m in investment": a sentence that opens by pointing back is quoted with the one before it, so the quote
      // says what "this" is; it is scored with it when the two together hold more of the question than either alone.
      const own = coverageInContext(weighed, sentence.terms, passage.contextTerms);
      const previous = referringOpening.test(sentence.text) ? passage.sentences[index - 1] : undefined;
      const together = previous
        ? coverageInContext(weighed, new Set([...previous.terms, ...sentence.terms]), passage.contextTerms)
        : 0;
      const paired = previous !== undefined && together > own && together > previousOwn;
      previousOwn = own;
      const held = paired ? together : own;
      const quoted = previous ? `${previous.text} ${sentence.text}` : sentence.text;
      if (held >= 0.25)
        sentences.push({
          chunk: passage.chunk,
          sentence: quoted,
          scored: paired ? quoted : sentence.text,
          coverage: held,
          passageCoverage,
        });
    });
  }
  const byScore = (left: { score: number }, right: { score: number }) => right.score - left.score;
  return {
    measures: measures.sort(byScore),
    objectives: objectives.sort(byScore),
    sentences: sentences.sort(
      (left, right) => right.coverage - left.coverage || right.passageCoverage - left.passageCoverage,
    ),
  };
}
