import type { Report } from "../../report/report.js";
import { monthNumber } from "../period/completion-date.js";
import type { Listing } from "./findings.js";
import type { ExecutionContext } from "../passages/execution-context.js";
import type { PlannedQuestion } from "../plan/planned-question.js";
import { quoteFigure } from "./quote-figure.js";
import { aboutTheme, themeTerms } from "./theme-matches.js";

/** Objectives or measures of one report picked out by rating, outcome or completion date (SQL over the store). */
export function listRecords(planned: PlannedQuestion, report: Report, context: ExecutionContext): Listing {
  const { plan } = planned;
  const subject = plan.subject ?? "objectives";
  const countOnly = plan.intent === "count";
  if (subject === "objectives") {
    const progress = plan.ratings
      .filter((rating) => rating !== "Strong")
      .map((rating) => (rating === "Blank" ? null : rating));
    // The store reads an empty list as "any": a filter of ratings objectives never have ("Strong") matches none.
    if (plan.ratings.length > 0 && progress.length === 0)
      return { kind: "list", report, subject, objectives: [], figures: [], countOnly };
    const found = context.queries.findObjectives({
      report: report.id,
      ...(plan.ratings.length > 0 ? { progress } : {}),
      outcome: plan.outcome,
    });
    const deadline = planned.completionBy;
    const start = planned.completionFrom ?? -Infinity;
    const objectives =
      deadline === null
        ? found
        : found.filter((objective) => {
            const month = monthNumber(objective.expectedCompletion);
            return month !== null && month >= start && month <= deadline;
          });
    const about = themed(planned, objectives, (objective) => ({ kind: "objective", id: objective.id }), context);
    return { kind: "list", report, subject, objectives: about.records, figures: [], countOnly, ...about.theme };
  }
  const ratings = plan.ratings
    .filter((rating) => rating !== "Complete")
    .map((rating) => (rating === "Blank" ? null : rating));
  if (plan.ratings.length > 0 && ratings.length === 0)
    return { kind: "list", report, subject, objectives: [], figures: [], countOnly };
  const measures = context.queries.findMeasures({
    report: report.id,
    ...(plan.ratings.length > 0 ? { ratings } : {}),
    outcome: plan.outcome,
  });
  const figures = measures.flatMap((measure) => quoteFigure(measure, null, report));
  const about = themed(planned, figures, (figure) => ({ kind: "measure", id: figure.measure.id }), context);
  return { kind: "list", report, subject, objectives: [], figures: about.records, countOnly, ...about.theme };
}

/** The records about the list's theme first, and how many they are; the records as they were without a theme. */
function themed<T>(
  planned: PlannedQuestion,
  records: readonly T[],
  identify: (record: T) => { kind: "measure" | "objective"; id: string },
  context: ExecutionContext,
): { records: T[]; theme?: { theme: NonNullable<Listing["theme"]> } } {
  const outcome = planned.plan.outcome
    ? (context.reports.flatMap((report) => report.outcomes).find((entry) => entry.name === planned.plan.outcome) ??
      null)
    : null;
  const theme = planned.plan.intent === "list" ? themeTerms(planned.weighed, outcome) : [];
  if (theme.length === 0 || records.length === 0) return { records: [...records] };
  const matching = records.filter((record) => aboutTheme(theme, identify(record), context.corpus));
  // Words no listed record is about are how the list was asked ("every", "at the mo"), not a theme.
  if (matching.length === 0) return { records: [...records] };
  const others = records.filter((record) => !matching.includes(record));
  return {
    records: [...matching, ...others],
    theme: { theme: { words: theme.map((term) => term.term).join(" "), matching: matching.length } },
  };
}
