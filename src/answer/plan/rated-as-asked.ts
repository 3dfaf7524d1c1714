import type { Measure } from "../../report/measure.js";
import type { Objective } from "../../report/objective.js";
import type { Corpus } from "../corpus/build-corpus.js";
import type { RatingFilter } from "./plan.js";
import type { Links } from "../match/match-question.js";

/** What a question was matched to, and the ratings the question says it has. */
export interface RatedChoice {
  readonly measures: readonly string[];
  readonly objective: Objective | null;
  readonly ratings: readonly RatingFilter[];
  /** The report the question names, if it names one: only its records are candidates. */
  readonly report: string | null;
}

/** A record rated as the question says, to answer in place of the one its words matched best. */
export type RatedRecord = { readonly measure: Measure } | { readonly objective: Objective };

const ratingOf = (rating: string | null): RatingFilter => (rating ?? "Blank") as RatingFilter;

/**
 * "Why are children's placements flagged red?": the question says how the record it means is rated. When what its
 * words matched best is rated otherwise, a record rated as asked that holds nearly as much of the question is meant
 * — a measure whose name holds it, or the objective whose title or commentary does ("placement sufficiency" is the
 * commentary of the objective rated Action, whose title says "accommodation"). Newest report first; null when the
 * match already has the rating or nothing rated so comes close.
 */
export function ratedAsAsked(
  choice: RatedChoice,
  links: Links,
  corpus: Corpus,
  reportOrder: ReadonlyMap<string, number>,
): RatedRecord | null {
  const { ratings } = choice;
  if (ratings.length === 0) return null;
  const asked = (rating: string | null) => ratings.includes(ratingOf(rating));
  const chosenMeasures = choice.measures.flatMap((id) => corpus.measureById.get(id)?.measure ?? []);
  if (chosenMeasures.some((measure) => asked(measure.rating))) return null;
  if (choice.objective && asked(choice.objective.progress)) return null;
  if (chosenMeasures.length === 0 && !choice.objective) return null;

  const topMeasure = links.measures[0]?.coverage ?? 0;
  const topSentence = links.sentences[0]?.coverage ?? 0;
  const candidates: { record: RatedRecord; report: string; coverage: number }[] = [];
  for (const entry of links.measures)
    if (entry.coverage >= Math.max(0.5, topMeasure - 0.3) && asked(entry.item.rating))
      candidates.push({ record: { measure: entry.item }, report: entry.item.report, coverage: entry.coverage });
  for (const entry of links.objectives)
    if (entry.coverage >= 0.6 && asked(entry.item.progress))
      candidates.push({ record: { objective: entry.item }, report: entry.item.report, coverage: entry.coverage });
  for (const match of links.sentences) {
    if (match.coverage < Math.max(0.6, topSentence - 0.05)) break;
    const id = match.chunk.objective ? `${match.chunk.report}/${match.chunk.objective}` : null;
    const objective = id ? corpus.objectiveById.get(id)?.objective : undefined;
    if (objective && asked(objective.progress))
      candidates.push({ record: { objective }, report: objective.report, coverage: match.coverage });
  }
  const position = (report: string) => reportOrder.get(report) ?? 0;
  return (
    candidates
      .filter((candidate) => choice.report === null || candidate.report === choice.report)
      .sort((left, right) => position(left.report) - position(right.report) || right.coverage - left.coverage)[0]
      ?.record ?? null
  );
}
