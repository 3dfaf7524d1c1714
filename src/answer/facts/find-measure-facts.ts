import type { Measure } from "../../report/measure.js";
import type { Report } from "../../report/report.js";
import type { Found } from "./findings.js";
import type { ExecutionContext } from "../passages/execution-context.js";
import { measureQuotes } from "../passages/measure-quotes.js";
import type { QuotedFigure } from "./findings.js";
import { bestSentences } from "../passages/best-sentences.js";
import { objectiveQuotes, wantsReasons } from "../passages/objective-quotes.js";
import { sideQuotes } from "../passages/side-quotes.js";
import { type PeriodKey, parsePeriodKey } from "../period/period-key.js";
import type { PlannedQuestion } from "../plan/planned-question.js";
import { hasColumn, quoteFigure } from "./quote-figure.js";
import { reportLabel } from "../../report/report-label.js";
import { uniqueQuotes } from "../passages/unique-quotes.js";
import { reportCatalogue } from "../../report/report-catalogue.js";

/** Figures of the measures a plan names, from the report and column its period points to (every figure for a trend), with quotes. */
export function findMeasureFacts(
  planned: PlannedQuestion,
  asked: PeriodKey | null,
  context: ExecutionContext,
): Found | null {
  const { plan } = planned;
  const { byId, positions: order } = reportCatalogue(context.reports);
  const linked = context.queries.findMeasures({ ids: plan.measures });
  const seriesKeys = [
    ...new Set(
      plan.measures
        .map((id) => linked.find((measure) => measure.id === id)?.seriesKey)
        .filter((key): key is string => !!key),
    ),
  ];
  // When the asked period is a report's own, series that report has win over other reports' columns for the period.
  const inAskedReport = (key: string) =>
    context.queries.findSeries(key).some((measure) => measure.report === plan.report);
  const keys =
    plan.report && plan.intent !== "trend" && seriesKeys.some(inAskedReport)
      ? seriesKeys.filter(inAskedReport)
      : seriesKeys;
  const figures: QuotedFigure[] = [];
  const quoteSources: { measure: Measure; report: Report }[] = [];
  // A trend of the two closest series at most: more would bury the one asked about.
  for (const key of plan.intent === "trend" ? keys.slice(0, 2) : keys) {
    const series = context.queries.findSeries(key);
    if (plan.intent === "trend") {
      for (const measure of series) {
        const report = byId.get(measure.report);
        if (!report) continue;
        figures.push(
          ...measure.values
            .filter((value) => value.value.trim() !== "")
            .map((value) => ({ measure, value, blankCurrent: null, reportLabel: reportLabel(report) })),
        );
      }
      const newestMeasure = [...series].sort(
        (left, right) => (order.get(left.report) ?? 0) - (order.get(right.report) ?? 0),
      )[0];
      const newestReport = newestMeasure ? byId.get(newestMeasure.report) : undefined;
      if (newestMeasure && newestReport) quoteSources.push({ measure: newestMeasure, report: newestReport });
      continue;
    }
    const newestFirst = [...series].sort(
      (left, right) => (order.get(left.report) ?? 0) - (order.get(right.report) ?? 0),
    );
    // Asked for a report's own period: that report's record, else another report's column headed exactly so
    // ("Year End 2024-25" is 2024-25; a "Quarter 2 2024-25 YTD" column is not).
    const inAsked = plan.report ? newestFirst.find((entry) => entry.report === plan.report) : undefined;
    const minimumMatch = plan.report && !inAsked ? 2 : 1;
    const measure =
      inAsked ??
      (asked
        ? newestFirst.find((entry) => hasColumn(entry, asked, byId.get(entry.report), minimumMatch))
        : plan.report
          ? undefined
          : newestFirst[0]);
    const report = measure ? byId.get(measure.report) : undefined;
    if (!measure || !report) continue;
    const figure = quoteFigure(measure, asked, report, measure === inAsked ? 1 : minimumMatch);
    if (figure.length === 0) continue;
    figures.push(...figure);
    quoteSources.push({ measure, report });
  }
  if (figures.length === 0) return null;
  if (plan.intent === "trend") figures.sort((left, right) => chronology(left) - chronology(right));
  // "Why?" about a figure: the reasons its objective's commentary gives; otherwise sentences about the figure itself.
  const quotes = uniqueQuotes(
    quoteSources.flatMap(({ measure, report }) => {
      const objective = wantsReasons(plan)
        ? context.queries.findObjectives({ report: report.id, codes: [measure.objective] })[0]
        : undefined;
      return objective
        ? objectiveQuotes(planned, objective, report, context)
        : planned.followUp
          ? []
          : measureQuotes(planned, measure, report, context);
    }),
  ).slice(0, 3);
  // What the prose says beside the figures: for a topic ("the story on foster carer recruitment") the sentences and
  // achievements holding most of it, up to five quotes in all; for a figure asked in three words or more, one
  // sentence stating a figure about nearly all of it ("the Business Start Up Scheme has helped 235 potential
  // entrepreneurs").
  const prose = planned.followUp
    ? null
    : plan.intent === "summary"
      ? { threshold: 0.6, considered: Number.POSITIVE_INFINITY, most: 5 }
      : plan.intent === "figure" && !plan.period && planned.weighed.length >= 3
        ? { threshold: 0.9, considered: 1, most: Number.POSITIVE_INFINITY }
        : // A draft takes the sentence that holds all of the question, beside the measures' own commentary.
          plan.intent === "draft"
          ? { threshold: 0.9, considered: 1, most: 4 }
          : null;
  if (prose)
    // A draft's commentary is introduced as the report's own: only the report its figures come from.
    for (const quote of bestSentences(
      planned,
      plan.intent === "draft" ? (quoteSources[0]?.report.id ?? null) : null,
      prose.threshold,
      context,
    ).slice(0, prose.considered))
      if (
        quotes.length < prose.most &&
        !quotes.some((known) => known.text.includes(quote.text) || quote.text.includes(known.text))
      )
        quotes.push(quote);
  // A topic of several parts: the sentence holding each part best ("… and how much we're spending on roads").
  if (plan.intent === "summary" || plan.intent === "draft" || plan.intent === "explain")
    for (const quote of sideQuotes(planned, context))
      if (quotes.length < 5 && !quotes.some((known) => known.text === quote.text)) quotes.push(quote);
  const report = quoteSources[0]?.report ?? context.reports[0]!;
  return { kind: "found", report, figures, trend: plan.intent === "trend", objectives: [], quotes, remarks: [] };
}

function chronology(figure: QuotedFigure): number {
  const key = parsePeriodKey(figure.value.period);
  const start = Number(key.financialYear?.slice(0, 4) ?? 0);
  const quarter = key.quarter ?? (key.yearEnd ? 4 : 4.5);
  return start * 10 + quarter;
}
