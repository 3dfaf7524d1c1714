import { bestSentences } from "../passages/best-sentences.js";
import { defineAcronym } from "./define-acronym.js";
import { closestChoices } from "./closest-choices.js";
import { closestMatches } from "./closest-matches.js";
import { findMeasureFacts } from "./find-measure-facts.js";
import { findObjectiveFacts } from "./find-objective-facts.js";
import type { Findings } from "./findings.js";
import type { ExecutionContext } from "../passages/execution-context.js";
import { listRecords } from "./list-records.js";
import { notForPeriod } from "./not-for-period.js";
import type { PeriodKey } from "../period/period-key.js";
import type { PlannedQuestion } from "../plan/planned-question.js";
import { reportLabel } from "../../report/report-label.js";
import { reportCatalogue } from "../../report/report-catalogue.js";

/** Fetches the facts and passages a plan asks for: structured look-ups for figures, the corpus for quotes. */
export function executePlan(planned: PlannedQuestion, context: ExecutionContext): Findings {
  const { plan } = planned;
  const newest = context.reports[0];
  if (!newest) return { kind: "not_found", reason: "No reports are loaded.", closest: [], choices: [] };
  const covered = context.reports.map((report) => `${report.periodLabel} (${reportLabel(report)})`).join(" and ");
  if (planned.clarification !== null) {
    return {
      kind: "clarify",
      reason: `${planned.clarification} Which measure, objective or topic do you mean?`,
      choices: startingChoices,
    };
  }
  if (planned.definition) return defineAcronym(planned.definition, context);
  if (planned.periodNotCovered) {
    return {
      kind: "not_found",
      reason: `The reports do not cover ${planned.period?.text ?? "that period"}: they cover ${covered}.`,
      closest: [],
      choices: [],
    };
  }
  const { byId } = reportCatalogue(context.reports);
  const asked: PeriodKey | null = plan.period;
  const mainReport = (plan.report ? byId.get(plan.report) : undefined) ?? newest;

  const overview =
    plan.intent === "summary" &&
    plan.subject === "objectives" &&
    plan.objectives.length === 0 &&
    plan.measures.length === 0;
  if (
    overview ||
    ((plan.intent === "list" || plan.intent === "count") &&
      plan.objectives.length === 0 &&
      (plan.ratings.length > 0 ||
        plan.outcome ||
        planned.completionBy !== null ||
        plan.measures.length === 0 ||
        // "adult social care objectives - list them": objectives, whatever measures the words reach.
        (plan.intent === "list" && plan.subject === "objectives")))
  ) {
    return listRecords(planned, mainReport, context);
  }
  if (plan.objectives.length > 0) return findObjectiveFacts(planned, mainReport, asked, context);
  if (plan.measures.length > 0) {
    const found = findMeasureFacts(planned, asked, context);
    if (found) return found;
    // A follow-up's own words ("and last year?") say nothing of the topic: no passage stands in for its figure.
    const quotes = asked && !planned.followUp ? bestSentences(planned, plan.report, 0.6, context) : [];
    if (quotes.length > 0)
      return {
        kind: "found",
        report: quotes[0]?.report ?? mainReport,
        figures: [],
        trend: false,
        objectives: [],
        quotes,
        remarks: [],
      };
    if (asked) return notForPeriod(planned, context);
  }
  // "food pantry network - how many are there now?": a sentence stating a count answers with a little less of the
  // question's words than one that merely holds a number.
  const quotes =
    plan.intent === "figure"
      ? bestSentences(planned, plan.report, 0.7, context, 0.6)
      : bestSentences(planned, plan.report, 0.6, context);
  if (quotes.length > 0) {
    const report = quotes[0]?.report ?? mainReport;
    return { kind: "found", report, figures: [], trend: false, objectives: [], quotes, remarks: [] };
  }
  // A topic typed bare ("heartwood forest", "prevent duty are we compliant") asks what the reports say of it, not
  // for a number: sentences that hold nearly all of it answer, with or without a figure. A question that asks
  // for a figure ("how many…", "…%") still gets "not in the reports" when no sentence states one.
  if (plan.intent === "figure" && !asksForFigure(plan.topic)) {
    const said = bestSentences({ ...planned, plan: { ...plan, intent: "summary" } }, plan.report, 0.85, context);
    if (said.length > 0)
      return {
        kind: "found",
        report: said[0]?.report ?? mainReport,
        figures: [],
        trend: false,
        objectives: [],
        quotes: said,
        remarks: [],
      };
  }
  return {
    kind: "not_found",
    reason: `The reports (${covered}) do not contain this.`,
    closest: closestMatches(planned),
    choices: closestChoices(planned),
  };
}

/** Where to start when a question gives nothing to go on: questions every report answers. */
const startingChoices = [
  "How is the council doing overall?",
  "Which objectives are rated Action?",
  "Which measures are rated Action?",
].map((question) => ({ label: question, question }));

function asksForFigure(topic: string): boolean {
  return /\b(?:how (?:many|much)|number|numbers|percentage|percent|proportion|rate|rates|total|figures?|amount|count|level|levels|ytd|q[1-4]|quarter|20\d\d|spend|spent|cost|£)\b|%/i.test(
    topic,
  );
}
