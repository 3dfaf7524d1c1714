import type { Report } from "../../report/report.js";
import { monthNumber } from "../period/completion-date.js";
import type { Listing } from "./findings.js";
import type { ExecutionContext } from "../passages/execution-context.js";
import type { PlannedQuestion } from "../plan/planned-question.js";
import { quoteFigure } from "./quote-figure.js";

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
    return { kind: "list", report, subject, objectives, figures: [], countOnly };
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
  return { kind: "list", report, subject, objectives: [], figures, countOnly };
}
