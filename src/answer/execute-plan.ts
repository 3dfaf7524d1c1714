import type { Measure } from "../report/measure.js";
import type { Objective } from "../report/objective.js";
import type { Report } from "../report/report.js";
import type { Hit } from "../search/hit.js";
import type { Corpus } from "./build-corpus.js";
import { chooseColumn } from "./choose-column.js";
import { monthNumber } from "./completion-date.js";
import type { CommentaryConflict } from "./find-commentary-conflicts.js";
import type { QuotedFigure } from "./measure-warnings.js";
import { type PeriodKey, parsePeriodKey } from "./period-key.js";
import type { PlannedQuestion } from "./plan-question.js";
import type { RecordQueries } from "./record-queries.js";
import { reportLabel } from "./report-label.js";
import { reportPeriodKey } from "./resolve-report.js";
import { statedFigures } from "./stated-figures.js";
import { coverage } from "./term-index.js";

/** What the executor reads from: the reports newest first, the store's queries, the corpus, the found conflicts. */
export interface ExecutionContext {
  readonly reports: readonly Report[];
  readonly queries: RecordQueries;
  readonly corpus: Corpus;
  readonly conflicts: readonly CommentaryConflict[];
  /** Chunks the hybrid search ranked for the question, best first (may be empty). */
  readonly hits: readonly Hit[];
}

/** A sentence quoted from a report. */
export interface Quote {
  readonly report: Report;
  readonly objective: string | null;
  readonly text: string;
}

/** Nothing in the reports answers the question. */
export interface NotFound {
  readonly kind: "not_found";
  readonly reason: string;
  readonly closest: readonly string[];
}

/** Objectives or measures picked out by rating or outcome. */
export interface Listing {
  readonly kind: "list";
  readonly report: Report;
  readonly subject: "objectives" | "measures";
  readonly objectives: readonly Objective[];
  readonly figures: readonly QuotedFigure[];
  readonly countOnly: boolean;
}

/** Figures, objectives and quotes about what the question names. */
export interface Found {
  readonly kind: "found";
  readonly report: Report;
  readonly figures: readonly QuotedFigure[];
  /** For a trend: every figure of each series, oldest first. */
  readonly trend: boolean;
  readonly objectives: readonly { readonly objective: Objective; readonly report: Report }[];
  readonly quotes: readonly Quote[];
  /** Remarks such as "SO-12 is a different objective in the other report". */
  readonly remarks: readonly string[];
}

/** The question needs more before it can be answered. */
export interface Clarify {
  readonly kind: "clarify";
  readonly reason: string;
}

export type Findings = NotFound | Listing | Found | Clarify;

const explanationCue =
  /\b(backlog|below|behind|delay|delayed|risk|risks|challeng\w*|pressure|pressures|not on track|declin\w*|reduction|shortfall|overspend|uncertain\w*|concern\w*|significant\w*|insufficient|lack|demand|reliant|unlikely|issue|issues|difficult\w*|lower than|worse|missed|remains|remain)\b/gi;

/** Fetches the facts and passages a plan asks for: structured look-ups for figures, the corpus for quotes. */
export function executePlan(planned: PlannedQuestion, context: ExecutionContext): Findings {
  const { plan } = planned;
  const newest = context.reports[0];
  if (!newest) return { kind: "not_found", reason: "No reports are loaded.", closest: [] };
  const covered = context.reports.map((report) => `${report.periodLabel} (${reportLabel(report)})`).join(" and ");
  if (planned.clarification !== null) {
    return { kind: "clarify", reason: `${planned.clarification} Which measure, objective or topic do you mean?` };
  }
  if (planned.periodNotCovered) {
    return { kind: "not_found", reason: `The reports do not cover ${planned.period?.text ?? "that period"}: they cover ${covered}.`, closest: [] };
  }
  const byId = new Map(context.reports.map((report) => [report.id, report]));
  const asked: PeriodKey | null = plan.period ? parsePeriodKey(plan.period) : null;
  const mainReport = (plan.report ? byId.get(plan.report) : undefined) ?? newest;

  const overview = plan.intent === "summary" && plan.subject === "objectives" && plan.objectives.length === 0 && plan.measures.length === 0;
  if (overview || ((plan.intent === "list" || plan.intent === "count") && plan.objectives.length === 0 && (plan.ratings.length > 0 || plan.outcome || plan.measures.length === 0))) {
    return listRecords(planned, mainReport, context);
  }
  if (plan.objectives.length > 0) return objectiveFindings(planned, mainReport, asked, context);
  if (plan.measures.length > 0) {
    const found = measureFindings(planned, asked, context);
    if (found) return found;
    const quotes = asked ? bestSentences(planned, plan.report, 0.6, context) : [];
    if (quotes.length > 0) return { kind: "found", report: quotes[0]?.report ?? mainReport, figures: [], trend: false, objectives: [], quotes, remarks: [] };
    if (asked) return notForPeriod(planned, context);
  }
  const quotes = bestSentences(planned, plan.report, plan.intent === "figure" ? 0.7 : 0.6, context);
  if (quotes.length > 0) {
    const report = quotes[0]?.report ?? mainReport;
    return { kind: "found", report, figures: [], trend: false, objectives: [], quotes, remarks: [] };
  }
  return { kind: "not_found", reason: `The reports (${covered}) do not contain this.`, closest: closestMatches(planned) };
}

function listRecords(planned: PlannedQuestion, report: Report, context: ExecutionContext): Listing {
  const { plan } = planned;
  const subject = plan.subject ?? "objectives";
  const countOnly = plan.intent === "count";
  if (subject === "objectives") {
    const progress = plan.ratings.filter((rating) => rating !== "Strong").map((rating) => (rating === "Blank" ? null : rating));
    // The store reads an empty list as "any": a filter of ratings objectives never have ("Strong") matches none.
    if (plan.ratings.length > 0 && progress.length === 0) return { kind: "list", report, subject, objectives: [], figures: [], countOnly };
    const found = context.queries.findObjectives({
      report: report.id,
      ...(plan.ratings.length > 0 ? { progress } : {}),
      outcome: plan.outcome,
    });
    const deadline = planned.completionBy;
    const objectives = deadline === null ? found : found.filter((objective) => (monthNumber(objective.expectedCompletion) ?? Infinity) <= deadline);
    return { kind: "list", report, subject, objectives, figures: [], countOnly };
  }
  const ratings = plan.ratings.filter((rating) => rating !== "Complete").map((rating) => (rating === "Blank" ? null : rating));
  if (plan.ratings.length > 0 && ratings.length === 0) return { kind: "list", report, subject, objectives: [], figures: [], countOnly };
  const measures = context.queries.findMeasures({ report: report.id, ...(plan.ratings.length > 0 ? { ratings } : {}), outcome: plan.outcome });
  const figures = measures.flatMap((measure) => quoted(measure, null, report));
  return { kind: "list", report, subject, objectives: [], figures, countOnly };
}

function objectiveFindings(planned: PlannedQuestion, mainReport: Report, asked: PeriodKey | null, context: ExecutionContext): Found | NotFound {
  const { plan } = planned;
  const byId = new Map(context.reports.map((report) => [report.id, report]));
  const objectives: { objective: Objective; report: Report }[] = [];
  const remarks: string[] = [];
  const figures: QuotedFigure[] = [];
  const quotes: Quote[] = [];
  for (const code of plan.objectives) {
    const everywhere = context.queries.findObjectives({ codes: [code] });
    const chosen = everywhere.find((objective) => objective.report === mainReport.id) ?? (plan.report ? undefined : everywhere[0]);
    if (!chosen) continue;
    const report = byId.get(chosen.report) ?? mainReport;
    objectives.push({ objective: chosen, report });
    for (const other of everywhere.filter((objective) => objective.report !== chosen.report)) {
      const otherReport = byId.get(other.report);
      if (otherReport && other.title !== chosen.title) {
        remarks.push(`${code} means a different objective in the ${reportLabel(otherReport)}: "${other.title}".`);
      }
    }
    const measures = context.queries.findMeasures({ report: report.id, objectives: [code] });
    const wanted = plan.measures.length > 0 ? measures.filter((measure) => plan.measures.includes(measure.id)) : measures;
    const ordered = plan.intent === "explain" ? [...wanted].sort((left, right) => concern(right) - concern(left)) : wanted;
    figures.push(...ordered.slice(0, 6).flatMap((measure) => quoted(measure, asked, report)));
    quotes.push(...objectiveQuotes(planned, chosen, report, context));
  }
  if (objectives.length === 0) {
    const where = plan.report ? `the ${reportLabel(mainReport)}` : "the reports";
    return { kind: "not_found", reason: `${plan.objectives.join(", ")} is not an objective in ${where}.`, closest: [] };
  }
  return { kind: "found", report: objectives[0]?.report ?? mainReport, figures, trend: false, objectives, quotes, remarks };
}

function measureFindings(planned: PlannedQuestion, asked: PeriodKey | null, context: ExecutionContext): Found | null {
  const { plan } = planned;
  const byId = new Map(context.reports.map((report) => [report.id, report]));
  const order = new Map(context.reports.map((report, position) => [report.id, position]));
  const linked = context.queries.findMeasures({ ids: plan.measures });
  const seriesKeys = [...new Set(plan.measures.map((id) => linked.find((measure) => measure.id === id)?.seriesKey).filter((key): key is string => !!key))];
  // When the asked period is a report's own, series that report has win over other reports' columns for the period.
  const inAskedReport = (key: string) => context.queries.findSeries(key).some((measure) => measure.report === plan.report);
  const keys = plan.report && plan.intent !== "trend" && seriesKeys.some(inAskedReport) ? seriesKeys.filter(inAskedReport) : seriesKeys;
  const figures: QuotedFigure[] = [];
  const quoteSources: { measure: Measure; report: Report }[] = [];
  // A trend of the two closest series at most: more would bury the one asked about.
  for (const key of plan.intent === "trend" ? keys.slice(0, 2) : keys) {
    const series = context.queries.findSeries(key);
    if (plan.intent === "trend") {
      for (const measure of series) {
        const report = byId.get(measure.report);
        if (!report) continue;
        figures.push(...measure.values.filter((value) => value.value.trim() !== "").map((value) => ({ measure, value, blankCurrent: null, reportLabel: reportLabel(report) })));
      }
      const newestMeasure = [...series].sort((left, right) => (order.get(left.report) ?? 0) - (order.get(right.report) ?? 0))[0];
      const newestReport = newestMeasure ? byId.get(newestMeasure.report) : undefined;
      if (newestMeasure && newestReport) quoteSources.push({ measure: newestMeasure, report: newestReport });
      continue;
    }
    const newestFirst = [...series].sort((left, right) => (order.get(left.report) ?? 0) - (order.get(right.report) ?? 0));
    // Asked for a report's own period: that report's record, else another report's column headed exactly so
    // ("Year End 2024-25" is 2024-25; a "Quarter 2 2024-25 YTD" column is not).
    const inAsked = plan.report ? newestFirst.find((entry) => entry.report === plan.report) : undefined;
    const minimumMatch = plan.report && !inAsked ? 2 : 1;
    const measure = inAsked ?? (asked ? newestFirst.find((entry) => hasColumn(entry, asked, byId.get(entry.report), minimumMatch)) : plan.report ? undefined : newestFirst[0]);
    const report = measure ? byId.get(measure.report) : undefined;
    if (!measure || !report) continue;
    const figure = quoted(measure, asked, report, measure === inAsked ? 1 : minimumMatch);
    if (figure.length === 0) continue;
    figures.push(...figure);
    quoteSources.push({ measure, report });
  }
  if (figures.length === 0) return null;
  if (plan.intent === "trend") figures.sort((left, right) => chronology(left) - chronology(right));
  // "Why?" about a figure: the reasons its objective's commentary gives; otherwise sentences about the figure itself.
  const quotes = uniqueQuotes(
    quoteSources.flatMap(({ measure, report }) => {
      const objective = plan.intent === "explain" ? context.queries.findObjectives({ report: report.id, codes: [measure.objective] })[0] : undefined;
      return objective ? objectiveQuotes(planned, objective, report, context) : measureQuotes(planned, measure, report, context);
    }),
  ).slice(0, 3);
  const report = quoteSources[0]?.report ?? context.reports[0]!;
  return { kind: "found", report, figures, trend: plan.intent === "trend", objectives: [], quotes, remarks: [] };
}

/** The measures asked about exist, but not for the asked period: say where they are. */
function notForPeriod(planned: PlannedQuestion, context: ExecutionContext): NotFound {
  const linked = context.queries.findMeasures({ ids: planned.plan.measures });
  const byId = new Map(context.reports.map((report) => [report.id, report]));
  const closest = linked.map((measure) => {
    const periods = measure.values.filter((value) => value.value.trim() !== "").map((value) => value.period);
    const report = byId.get(measure.report);
    return `${measure.name} (${measure.objective}, ${report ? reportLabel(report) : measure.report}): figures for ${periods.join(", ") || "no period"}`;
  });
  return { kind: "not_found", reason: `The reports have no figure for ${planned.plan.period ?? "that period"} for what you asked about.`, closest: [...new Set(closest)] };
}

function quoted(measure: Measure, asked: PeriodKey | null, report: Report, minimumMatch = 1): QuotedFigure[] {
  const chosen = chooseColumn(measure, asked, reportPeriodKey(report), minimumMatch);
  return chosen ? [{ measure, value: chosen.value, blankCurrent: chosen.blankCurrent, reportLabel: reportLabel(report) }] : [];
}

function hasColumn(measure: Measure, asked: PeriodKey, report: Report | undefined, minimumMatch: number): boolean {
  return chooseColumn(measure, asked, report ? reportPeriodKey(report) : null, minimumMatch) !== null;
}

function chronology(figure: QuotedFigure): number {
  const key = parsePeriodKey(figure.value.period);
  const start = Number(key.financialYear?.slice(0, 4) ?? 0);
  const quarter = key.quarter ?? (key.yearEnd ? 4 : 4.5);
  return start * 10 + quarter;
}

function concern(measure: Measure): number {
  return measure.rating === "Action" ? 3 : measure.rating === "Review" ? 2 : measure.rating === null ? 0 : 1;
}

/** Sentences of an objective's own commentary: for "why", the ones that give reasons; else the ones on the question. */
function objectiveQuotes(planned: PlannedQuestion, objective: Objective, report: Report, context: ExecutionContext): Quote[] {
  const passages = context.corpus.passages.filter((passage) => passage.chunk.report === objective.report && passage.chunk.objective === objective.code && passage.chunk.kind === "commentary");
  const ranked = passages.flatMap((passage, passageIndex) =>
    passage.sentences.filter((sentence) => sentence.text.split(/\s+/).length >= 6).map((sentence, sentenceIndex) => {
      const held = coverage(planned.weighed, sentence.terms);
      const cues = planned.plan.intent === "explain" ? (sentence.text.match(explanationCue)?.length ?? 0) : 0;
      return { text: sentence.text, score: held + 0.25 * Math.min(cues, 3) + (/\d/.test(sentence.text) ? 0.05 : 0), position: passageIndex * 1000 + sentenceIndex };
    }),
  );
  const chosen = [...ranked].sort((left, right) => right.score - left.score).slice(0, 3);
  const picked = chosen.some((entry) => entry.score > 0) ? chosen.filter((entry) => entry.score > 0) : ranked.slice(0, 2);
  return picked.sort((left, right) => left.position - right.position).map((entry) => ({ report, objective: objective.code, text: entry.text }));
}

/** Sentences about a measure: from its objective's commentary in the same report, and the best-matching prose there. */
function measureQuotes(planned: PlannedQuestion, measure: Measure, report: Report, context: ExecutionContext): Quote[] {
  const printed = new Set(measure.values.map((value) => value.value).filter((value) => value.trim() !== ""));
  const candidates = planned.links.sentences
    .filter((match) => match.chunk.report === report.id && match.chunk.kind !== "footnote" && match.chunk.kind !== "note")
    .map((match) => {
      const statesFigure = [...printed].some((value) => match.sentence.includes(value));
      const sameObjective = match.chunk.objective === measure.objective;
      return { match, score: match.coverage + searchBonus(match.chunk.id, context) + (statesFigure ? 0.3 : 0) + (sameObjective ? 0.1 : 0) };
    })
    // Its own objective's sentences on the question, or another passage that holds nearly all of it.
    .filter((entry) => (entry.match.chunk.objective === measure.objective && entry.match.coverage >= 0.4) || entry.match.coverage >= 0.7 || entry.score >= 0.9)
    .sort((left, right) => right.score - left.score)
    .slice(0, 2);
  return candidates.map(({ match }) => ({ report, objective: match.chunk.objective, text: match.sentence }));
}

function bestSentences(planned: PlannedQuestion, reportId: string | null, threshold: number, context: ExecutionContext): Quote[] {
  const byId = new Map(context.reports.map((report) => [report.id, report]));
  const order = new Map(context.reports.map((report, position) => [report.id, position]));
  const unit = askedUnit(planned.plan.topic);
  // A figure question prefers a sentence that states a figure of the kind asked for, and takes none that states no figure.
  const figureQuestion = planned.plan.intent === "figure";
  // "When is … due?" is answered by a date, not a figure.
  const asksWhen = /^\s*(?:when|by when|what date)\b/i.test(planned.plan.topic);
  const scored = planned.links.sentences
    .filter((match) => !reportId || match.chunk.report === reportId)
    .filter((match) => !figureQuestion || (asksWhen ? statesDate(match.sentence) : hasNumber(match.sentence)))
    .map((match) => ({
      ...match,
      score: match.coverage + searchBonus(match.chunk.id, context) + (unit && statedFigures(match.sentence).some((figure) => unit === "any" || figure.unit === unit) ? 0.08 : 0),
    }))
    .sort((left, right) => right.score - left.score);
  const best = scored[0];
  if (!best || best.coverage < threshold) return [];
  const close = scored
    .filter((match) => match.coverage >= threshold && match.score >= best.score - 0.1)
    .sort((left, right) => right.score - left.score || (order.get(left.chunk.report) ?? 0) - (order.get(right.chunk.report) ?? 0));
  return uniqueQuotes(
    close.slice(0, 3).flatMap((match) => {
      const report = byId.get(match.chunk.report);
      return report ? [{ report, objective: match.chunk.objective, text: match.sentence }] : [];
    }),
  );
}

/** A small lift for a passage the hybrid search also ranked high: it breaks ties between equally worded sentences by meaning. */
function searchBonus(chunkId: string, context: ExecutionContext): number {
  const rank = context.hits.findIndex((hit) => hit.chunk.id === chunkId);
  return rank < 0 ? 0 : 0.06 / (rank + 1);
}

/** Whether a sentence names a date: a month, a year, or a quarter of a year. */
function statesDate(sentence: string): boolean {
  return /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d|q[1-4]|quarter [1-4])\b/i.test(sentence);
}

/** Whether a sentence states any number other than a year ("20 days", "23.5", "£1.85m", "30"). */
function hasNumber(sentence: string): boolean {
  return [...sentence.matchAll(/(?<![\w-])\d[\d,]*(?:\.\d+)?/g)].some((match) => !/^(?:19|20)\d\d$/.test(match[0]) && !/SO-$/.test(sentence.slice(0, match.index)));
}

function askedUnit(question: string): "percent" | "pounds" | "count" | "any" | null {
  if (/\b(?:percentage|percent|proportion|share|%)/i.test(question)) return "percent";
  if (/\bhow much\b|\b(?:money|funding|£|cost|spend|savings?|budget)\b/i.test(question)) return "pounds";
  if (/\bhow many\b|\bnumber of\b/i.test(question)) return "count";
  return /\bwhat (?:is|was|are|were) the\b/i.test(question) ? "any" : null;
}

function uniqueQuotes(quotes: readonly Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((quote) => {
    const key = `${quote.report.id}|${quote.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function closestMatches(planned: PlannedQuestion): string[] {
  const measures = planned.links.measures.slice(0, 3).map((entry) => `${entry.item.name} (${entry.item.objective})`);
  const sentence = planned.links.sentences[0];
  return sentence ? [...measures, `"${sentence.sentence.slice(0, 140)}${sentence.sentence.length > 140 ? "…" : ""}"`] : measures;
}
