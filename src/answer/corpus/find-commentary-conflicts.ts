import type { Measure } from "../../report/measure.js";
import { type StatedFigure, statedFigures } from "./stated-figures.js";
import { inverseFrequency, type TermIndex } from "./term-index.js";
import { sameWord, topicTerms } from "./topic-terms.js";

/** Prose of a report that may state figures: an objective's commentary or an achievements bullet. */
export interface Passage {
  readonly report: string;
  /** Objective code, or null for report-level prose. */
  readonly objective: string | null;
  readonly text: string;
}

/** A figure the commentary states for a measure that the measure's table does not show. */
export interface CommentaryConflict {
  readonly measureId: string;
  /** The measure's name, for a warning on an answer that quotes the passage without the measure's figures. */
  readonly measureName: string;
  readonly report: string;
  readonly objective: string | null;
  /** The figure as the commentary writes it. */
  readonly stated: string;
  /** Whether the commentary states it as the target. */
  readonly aboutTarget: boolean;
  /** What the table prints instead (value or target) and under which column. */
  readonly table: string;
  readonly tablePeriod: string;
  readonly sentence: string;
}

const minimumMatch = 0.5;
const minimumClauseMatch = 0.25;
const minimumLead = 0.1;
const minimumSentenceMatch = 0.6;

/**
 * Compares the figures stated in each passage with the measures its words talk about. A figure is linked to the
 * measure whose name the figure's clause and sentence cover best (clearly better than the next); it agrees when it
 * equals, to its printed precision, one of the measure's values, a difference of two of them (a quarter's share of
 * a year to date), or — when the clause speaks of a target or benchmark — that figure.
 */
export function findCommentaryConflicts(
  passages: readonly Passage[],
  measures: readonly Measure[],
  index: TermIndex,
): CommentaryConflict[] {
  const conflicts: CommentaryConflict[] = [];
  // A name's bracketed qualifier ("(Data shows the position at the end of the quarter)") says nothing about what it counts.
  const nameTerms = new Map(
    measures.map((measure) => [measure.id, [...new Set(topicTerms(measure.name.replace(/\([^)]*\)/g, " ")))]]),
  );
  for (const passage of passages) {
    const candidates = measures.filter((measure) => measure.report === passage.report);
    for (const figure of statedFigures(passage.text)) {
      const linked = linkFigure(figure, passage, candidates, nameTerms, index);
      if (!linked) continue;
      // A figure that is the value of another measure the words fit almost as well is that measure's figure.
      if (linked.alternatives.some((alternative) => compare(figure, alternative) === null)) continue;
      const measure = linked.measure;
      const conflict = compare(figure, measure);
      if (conflict)
        conflicts.push({
          ...conflict,
          measureId: measure.id,
          measureName: measure.name,
          report: passage.report,
          objective: passage.objective,
          sentence: figure.sentence,
        });
    }
  }
  return conflicts;
}

function linkFigure(
  figure: StatedFigure,
  passage: Passage,
  candidates: readonly Measure[],
  nameTerms: ReadonlyMap<string, string[]>,
  index: TermIndex,
): { measure: Measure; alternatives: Measure[] } | null {
  const clauseTerms = topicTerms(figure.clause);
  const sentenceTerms = topicTerms(figure.sentence);
  const scored = candidates
    .filter((measure) => unitOf(measure) === figure.unit)
    .map((measure) => {
      const words = nameTerms.get(measure.id) ?? [];
      const clause = nameCoverage(words, clauseTerms, index);
      const sentence = nameCoverage(words, sentenceTerms, index);
      const sameObjective = measure.objective === passage.objective ? 0.1 : 0;
      // A number in the name ("28 day", "65+") that the clause repeats tells two similar measures apart.
      const numberInName = words.some((word) => /^\d/.test(word) && clauseTerms.includes(word)) ? 0.2 : 0;
      return {
        measure,
        clause,
        sentence,
        numberInName,
        score: 0.6 * clause + 0.4 * sentence + sameObjective + numberInName,
      };
    })
    .sort((left, right) => right.score - left.score);
  const best = scored[0];
  // A stated target sits in its own clause ("…, which is below our target of 85%"): the sentence says what of.
  if (!best || best.score < minimumMatch || (best.clause < minimumClauseMatch && !figure.asTarget)) return null;
  // The sentence must be about the measure, unless the clause repeats a number of its name.
  if (best.sentence < minimumSentenceMatch && best.numberInName === 0) return null;
  // A small bare count ("17", "30") is only linked on strong evidence.
  if (figure.unit === "count" && figure.number < 100 && best.score < 0.7) return null;
  const second = scored[1];
  if (second && best.score - second.score < minimumLead) return null;
  return {
    measure: best.measure,
    alternatives: scored
      .slice(1)
      .filter((entry) => entry.score >= best.score - 0.2)
      .map((entry) => entry.measure),
  };
}

/** Share of a measure name's weight that a text's words cover; numbers in the name must be matched exactly. */
function nameCoverage(nameWords: readonly string[], textTerms: readonly string[], index: TermIndex): number {
  let total = 0;
  let covered = 0;
  for (const word of nameWords) {
    const weight = inverseFrequency(index, index.frequencies.get(word) ?? 0);
    total += weight;
    if (textTerms.some((term) => sameWord(term, word))) covered += weight;
  }
  return total === 0 ? 0 : covered / total;
}

function unitOf(measure: Measure): StatedFigure["unit"] | null {
  const value = measure.values.find((entry) => entry.number !== null);
  if (!value) return null;
  if (value.unit === "percent") return "percent";
  if (value.unit === "pounds") return "pounds";
  return "count";
}

function compare(
  figure: StatedFigure,
  measure: Measure,
): Omit<CommentaryConflict, "measureId" | "measureName" | "report" | "objective" | "sentence"> | null {
  const aboutTarget = figure.asTarget;
  const aboutBenchmark = /\b(benchmark|average|national|england|nationally)\b/i.test(figure.clause);
  const numbers = measure.values.map((value) => value.number).filter((number): number is number => number !== null);
  if (aboutTarget) {
    const target = measure.target;
    if (!target || target.number === null || agrees(figure, target.number)) return null;
    return { stated: figure.text, aboutTarget: true, table: target.value, tablePeriod: target.period };
  }
  if (aboutBenchmark && measure.benchmark?.number != null && agrees(figure, measure.benchmark.number)) return null;
  const differences = numbers.flatMap((left, position) =>
    numbers.slice(position + 1).map((right) => Math.abs(left - right)),
  );
  if ([...numbers, ...differences].some((number) => agrees(figure, number))) return null;
  const latest = [...measure.values].reverse().find((value) => value.number !== null);
  if (!latest) return null;
  return { stated: figure.text, aboutTarget: false, table: latest.value, tablePeriod: latest.period };
}

/** Equal to the figure's printed precision, whether the prose rounded the number or cut it short. */
function agrees(figure: StatedFigure, number: number): boolean {
  // "over 9,700", "nearly 600", "around 250": an approximate figure agrees within a tenth.
  if (figure.approximate && Math.abs(figure.number - number) <= 0.1 * Math.abs(number)) return true;
  const tolerance = 1e-9 * Math.max(1, Math.abs(number));
  const rounded = Math.abs(figure.number - number) <= figure.precision / 2 + tolerance;
  const truncated = number - figure.number >= -tolerance && number - figure.number < figure.precision - tolerance;
  return rounded || truncated;
}
