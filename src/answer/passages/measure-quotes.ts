import type { Measure } from "../../report/measure.js";
import type { Report } from "../../report/report.js";
import type { ExecutionContext } from "./execution-context.js";
import type { Quote } from "./quote.js";
import type { PlannedQuestion } from "../plan/planned-question.js";
import { searchBonus } from "./search-bonus.js";
import { coverage } from "../corpus/term-index.js";

// A draft's fallback quote holds at least this share of the question.
const draftFloor = 0.2;

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
  // A draft needs the report's own words beside a figure: when none are on the question, its objective's
  // sentences that hold some of it ("31% of the estate disposed of" beside the money raised from disposals).
  if (candidates.length === 0 && planned.plan.intent === "draft") {
    const own = (context.corpus.commentaryByObjective.get(`${report.id}/${measure.objective}`) ?? [])
      .flatMap((passage) => passage.sentences)
      .map((sentence) => ({ text: sentence.text, held: coverage(planned.weighed, sentence.terms) }))
      .filter((entry) => entry.held >= draftFloor && entry.text.split(/\s+/).length >= 6)
      .sort((left, right) => right.held - left.held)
      .slice(0, 2);
    return own.map((entry) => ({ report, objective: measure.objective, text: entry.text }));
  }
  return candidates.map(({ match }) => ({ report, objective: match.chunk.objective, text: match.sentence }));
}
