import type { Measure } from "../../report/measure.js";
import type { Report } from "../../report/report.js";
import type { ExecutionContext } from "./execution-context.js";
import type { Quote } from "./quote.js";
import type { PlannedQuestion } from "../plan/planned-question.js";
import { searchBonus } from "./search-bonus.js";

/** Sentences about a measure: from its objective's commentary in the same report, and the best-matching prose there. */
export function measureQuotes(
  planned: PlannedQuestion,
  measure: Measure,
  report: Report,
  context: ExecutionContext,
): Quote[] {
  const printed = new Set(measure.values.map((value) => value.value).filter((value) => value.trim() !== ""));
  const candidates = planned.links.sentences
    .filter(
      (match) => match.chunk.report === report.id && match.chunk.kind !== "footnote" && match.chunk.kind !== "note",
    )
    .map((match) => {
      const statesFigure = [...printed].some((value) => match.sentence.includes(value));
      const sameObjective = match.chunk.objective === measure.objective;
      return {
        match,
        score:
          match.coverage + searchBonus(match.chunk.id, context) + (statesFigure ? 0.3 : 0) + (sameObjective ? 0.1 : 0),
      };
    })
    // Its own objective's sentences on the question, or another passage that holds nearly all of it.
    .filter(
      (entry) =>
        (entry.match.chunk.objective === measure.objective && entry.match.coverage >= 0.4) ||
        (entry.match.coverage >= 0.85 && /\d/.test(entry.match.sentence)),
    )
    .sort((left, right) => right.score - left.score)
    .slice(0, 2);
  return candidates.map(({ match }) => ({ report, objective: match.chunk.objective, text: match.sentence }));
}
