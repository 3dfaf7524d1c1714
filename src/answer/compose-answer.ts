import type { Report } from "../report/report.js";
import type { Answer, Fact, Source } from "./answer.js";
import type { CommentaryConflict } from "./find-commentary-conflicts.js";
import type { Findings, Found, Listing, Quote } from "./execute-plan.js";
import { measureWarnings, type QuotedFigure } from "./measure-warnings.js";
import { formatPeriodKey, parsePeriodKey } from "./period-key.js";
import type { PlannedQuestion } from "./plan-question.js";
import { reportLabel } from "./report-label.js";
import { shortMeasureName } from "./short-measure-name.js";

/** The deterministic answer: every figure as printed, with its period, target, rating and source. */
export function composeAnswer(
  question: string,
  planned: PlannedQuestion,
  findings: Findings,
  conflicts: readonly CommentaryConflict[],
  reports: readonly Report[],
): Omit<Answer, "timings"> {
  const base = { question, plan: planned.plan };
  if (findings.kind === "not_found") {
    const covered = reports.map((report) => reportLabel(report)).join(" and ");
    const closest = findings.closest.length > 0 ? `\nClosest matches in the reports:\n${findings.closest.map((line) => `- ${line}`).join("\n")}` : "";
    return {
      ...base,
      status: "not_found",
      answer: `Not in the reports. ${findings.reason} I can answer about the strategic objectives and measures of the ${covered}.${closest}`,
      facts: [],
      sources: [],
      warnings: [],
    };
  }
  if (findings.kind === "clarify") {
    return {
      ...base,
      status: "clarify",
      answer: `${findings.reason} Ask about a measure ("How many … this year?"), an objective ("What is SO-01?") or a rating ("Which objectives are rated Action?").`,
      facts: [],
      sources: [],
      warnings: [],
    };
  }
  if (findings.kind === "list") return composeListing(base, findings, planned);
  return composeFound(base, findings, planned, conflicts);
}

function composeListing(base: Pick<Answer, "question" | "plan">, listing: Listing, planned: PlannedQuestion): Omit<Answer, "timings"> {
  const { report } = listing;
  // The report's key: a blank objective rating is "Awaiting Update", a blank measure rating "No target".
  const blankWords = listing.subject === "objectives" ? "blank (awaiting update)" : "blank (no target)";
  const ratingWords = planned.plan.ratings.length > 0 ? planned.plan.ratings.map((rating) => (rating === "Blank" ? blankWords : rating)).join(" or ") : null;
  const scope = [planned.plan.outcome ? `${planned.plan.outcome} ` : "", listing.subject].join("");
  const facts: Fact[] = [];
  const warnings: string[] = [];
  const lines: string[] = [];
  const outcomes = new Set([...listing.objectives.map((objective) => objective.outcome), ...listing.figures.map((figure) => figure.measure.outcome)]);
  // Across several outcomes each line says which, so "which outcome has most…" can be read off the list.
  const outcomeOf = (outcome: string) => (outcomes.size > 1 ? ` [${outcome}]` : "");
  if (listing.subject === "objectives") {
    for (const objective of listing.objectives) {
      lines.push(`- ${objective.code} ${objective.title} — ${objective.progress ?? "blank (awaiting update)"}${outcomeOf(objective.outcome)}`);
      facts.push({ type: "objective", report: report.id, reportTitle: report.title, code: objective.code, title: objective.title, progress: objective.progress, expectedCompletion: objective.expectedCompletion });
    }
    const counts = report.statedCounts;
    if (counts && planned.plan.ratings.length > 0) {
      const stated: Record<string, number | null> = { Complete: counts.complete, Good: counts.good, Review: counts.review, Action: counts.action };
      for (const rating of planned.plan.ratings) {
        const said = stated[rating];
        // The prose counts the whole report: compare only an unfiltered count of the same rating.
        const rated = planned.plan.outcome || planned.completionBy !== null ? null : listing.objectives.filter((objective) => objective.progress === rating).length;
        if (said !== undefined && said !== null && rated !== null && said !== rated) {
          warnings.push(`The ${reportLabel(report)}'s own summary says ${said} objectives are ${rating}, but its tables rate ${rated} as ${rating}: "${counts.sentence}"`);
        }
      }
    }
  } else {
    for (const figure of listing.figures) {
      lines.push(`- ${figure.measure.name} (${figure.measure.objective}): ${figureText(figure)}${outcomeOf(figure.measure.outcome)}`);
      facts.push(measureFact(figure, report));
    }
  }
  const count = listing.subject === "objectives" ? listing.objectives.length : listing.figures.length;
  const tally = ratingTally(listing);
  const deadline = planned.completionBy === null ? "" : ` expected to complete by ${monthName(planned.completionBy)}`;
  const what = `${ratingWords ? `${scope} rated ${ratingWords}` : scope}${deadline}`;
  facts.push({ type: "derived", derived: { op: "count", from: [] }, value: String(count), description: `number of ${what} in the ${reportLabel(report)}` });
  const heading = count === 0 ? `No ${what} in the ${reportLabel(report)} (${report.periodLabel}).` : `${count} ${what} in the ${reportLabel(report)} (${report.periodLabel}):`;
  return {
    ...base,
    status: "answered",
    answer: [tally && planned.plan.ratings.length !== 1 ? `${heading.replace(/:$/, ".")} ${tally}` : heading, ...lines].join("\n"),
    facts,
    sources: [{ report: report.id, reportTitle: report.title, objective: null, quote: `${report.title}, ${listing.subject} tables` }],
    warnings,
  };
}

function monthName(month: number): string {
  const names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
  return `${names[month % 12]} ${Math.floor(month / 12)}`;
}

/** "By rating: 20 Good, 3 Review, 2 Action." for a listing of several ratings. */
function ratingTally(listing: Listing): string | null {
  const ratings = listing.subject === "objectives" ? listing.objectives.map((objective) => objective.progress) : listing.figures.map((figure) => figure.measure.rating);
  if (ratings.length === 0) return null;
  const order = ["Complete", "Strong", "Good", "Review", "Action", null];
  const parts = order
    .map((rating) => ({ rating, count: ratings.filter((entry) => entry === rating).length }))
    .filter((entry) => entry.count > 0)
    .map((entry) => `${entry.count} ${entry.rating ?? (listing.subject === "objectives" ? "blank (awaiting update)" : "no rating (no target)")}`);
  return `By rating: ${parts.join(", ")}.`;
}

function composeFound(base: Pick<Answer, "question" | "plan">, found: Found, planned: PlannedQuestion, conflicts: readonly CommentaryConflict[]): Omit<Answer, "timings"> {
  const lines: string[] = [];
  const facts: Fact[] = [];
  const warnings: string[] = [];
  const reportsById = new Map<string, Report>();
  for (const { objective, report } of found.objectives) {
    reportsById.set(report.id, report);
    lines.push(`${objective.code} (${reportLabel(report)}): ${objective.title}. Progress: ${objective.progress ?? "blank (awaiting update)"}; expected completion ${objective.expectedCompletion || "not given"}.`);
    facts.push({ type: "objective", report: report.id, reportTitle: report.title, code: objective.code, title: objective.title, progress: objective.progress, expectedCompletion: objective.expectedCompletion });
  }
  if (found.trend) lines.push(...trendLines(found, facts, warnings));
  else {
    for (const figure of found.figures) {
      lines.push(`${planned.plan.intent === "draft" ? "" : "- "}${figure.measure.name}: ${figureText(figure)}${earlierValues(figure)}.`);
      facts.push(measureFact(figure, found.report));
    }
  }
  for (const figure of found.figures) {
    for (const warning of measureWarnings(figure, conflicts)) if (!warnings.includes(warning)) warnings.push(warning);
  }
  warnings.splice(0, warnings.length, ...mergeSharedNotes(warnings));
  const sources: Source[] = found.quotes.map((quote) => ({ report: quote.report.id, reportTitle: quote.report.title, objective: quote.objective, quote: quote.text }));
  const quoteLines = found.quotes.map((quote) => `"${quote.text}" — ${citation(quote)}`);
  if (planned.plan.intent === "draft") {
    return { ...base, status: "answered", answer: draftText(found, lines, quoteLines), facts, sources: withFigureSources(sources, found), warnings };
  }
  const answer = [...lines, ...(quoteLines.length > 0 ? ["", ...quoteLines] : []), ...(found.remarks.length > 0 ? ["", ...found.remarks] : [])].join("\n").trim();
  return { ...base, status: "answered", answer, facts, sources: withFigureSources(sources, found), warnings };
}

/** One warning for a footnote or note that several quoted measures share: "Footnote (c) to A; B: text". */
function mergeSharedNotes(warnings: readonly string[]): string[] {
  const pattern = /^(Footnote \([^)]+\) to|Note under the table for) (.+?): (.+)$/s;
  const merged: string[] = [];
  const byNote = new Map<string, { position: number; lead: string; subjects: string[]; text: string }>();
  for (const warning of warnings) {
    const match = pattern.exec(warning);
    if (!match) {
      merged.push(warning);
      continue;
    }
    const [, lead = "", subject = "", text = ""] = match;
    const key = `${lead}|${text}`;
    const existing = byNote.get(key);
    if (existing) existing.subjects.push(subject);
    else {
      byNote.set(key, { position: merged.length, lead, subjects: [subject], text });
      merged.push(key);
    }
  }
  return merged.map((entry) => {
    const note = byNote.get(entry);
    return note ? `${note.lead} ${note.subjects.join("; ")}: ${note.text}` : entry;
  });
}

/** Whether the quoted column is the report's current one, which the target and rating are printed against. */
function isCurrent(figure: QuotedFigure): boolean {
  return figure.measure.values[figure.measure.values.length - 1] === figure.value || figure.blankCurrent !== null;
}

function figureText(figure: QuotedFigure): string {
  const { measure, value } = figure;
  const parts = [`${value.value.trim() === "" ? "no figure (blank)" : value.value} for ${value.period} (${figure.reportLabel}, ${measure.objective})`];
  const current = measure.values[measure.values.length - 1];
  const hasTarget = measure.target !== null && measure.target.value.trim() !== "";
  if (isCurrent(figure)) {
    parts.push(hasTarget ? `target ${measure.target!.value}${measure.target!.period ? ` (${measure.target!.period})` : ""}` : "no target");
    if (measure.rating) parts.push(`rated ${measure.rating}`);
  } else if (hasTarget || measure.rating) {
    // A target and rating are printed for the current column only: say so rather than pin them on this one.
    const about = [hasTarget ? `target ${measure.target!.value}` : null, measure.rating ? `rating ${measure.rating}` : null].filter(Boolean).join(" and ");
    parts.push(`the ${about} ${hasTarget && measure.rating ? "are" : "is"} for ${current?.period ?? "the current column"}`);
  }
  if (measure.benchmark && measure.benchmark.value.trim() !== "") parts.push(`benchmark ${measure.benchmark.value}${measure.benchmarkGroup ? ` (${measure.benchmarkGroup})` : ""}`);
  return parts.join("; ");
}

function earlierValues(figure: QuotedFigure): string {
  const earlier = figure.measure.values.filter((value) => value !== figure.value && value.value.trim() !== "");
  return earlier.length > 0 ? `. Other columns: ${earlier.map((value) => `${value.value} (${value.period})`).join(", ")}` : "";
}

/**
 * A trend, one block per series: every printed period oldest first (a period two reports print alike once; printed
 * differently, with a warning), the change between the first and last full-year figures computed by code (not
 * across a change of method the notes report), and the latest target and benchmark.
 */
function trendLines(found: Found, facts: Fact[], warnings: string[]): string[] {
  const lines: string[] = [];
  const series = new Map<string, QuotedFigure[]>();
  for (const figure of found.figures) series.set(figure.measure.seriesKey, [...(series.get(figure.measure.seriesKey) ?? []), figure]);
  for (const figures of series.values()) {
    const newest = figures[figures.length - 1]!;
    lines.push(`${newest.measure.name}, over the periods the reports print:`);
    const seen = new Map<string, QuotedFigure>();
    const shown: QuotedFigure[] = [];
    for (const figure of figures) {
      const key = formatPeriodKey(parsePeriodKey(figure.value.period)) || figure.value.period;
      const earlier = seen.get(key);
      if (earlier && earlier.reportLabel !== figure.reportLabel) {
        if (earlier.value.value !== figure.value.value) {
          warnings.push(`${shortMeasureName(figure.measure)} for ${key} is ${earlier.value.value} in the ${earlier.reportLabel} and ${figure.value.value} in the ${figure.reportLabel}: the figure was revised.`);
        } else continue;
      }
      seen.set(key, figure);
      shown.push(figure);
      lines.push(`- ${figure.value.period}: ${figure.value.value} (${figure.reportLabel}, ${figure.measure.objective})`);
      facts.push(measureFact(figure, null));
    }
    const full = shown.filter((figure) => figure.value.number !== null && parsePeriodKey(figure.value.period).quarter === null);
    const first = full[0];
    const last = full[full.length - 1];
    const methodChanged = figures.some((figure) => figure.measure.notes.some((note) => /methodology|not directly comparable|not comparable/i.test(note.text)));
    if (first && last && first !== last && first.value.number !== null && last.value.number !== null && first.value.unit === last.value.unit) {
      if (methodChanged) lines.push("No change is computed: the report notes that the method changed, so the years are not directly comparable.");
      else {
        const difference = last.value.number - first.value.number;
        const amount = formatLike(Math.abs(difference), last.value.value);
        const direction = difference > 0 ? "an increase" : difference < 0 ? "a decrease" : "no change";
        facts.push({ type: "derived", derived: { op: "difference", from: [first.value.value, last.value.value] }, value: amount.replace(/^£/, "").replace(/ percentage points$/, ""), description: `${direction} from ${first.value.period} to ${last.value.period}` });
        lines.push(`From ${first.value.period} to ${last.value.period}: ${direction}${difference === 0 ? "" : ` of ${amount}`} (computed from the printed figures).`);
      }
    }
    const target = [...figures].reverse().find((figure) => figure.measure.target !== null && figure.measure.target.number !== null);
    if (target?.measure.target) lines.push(`Latest target: ${target.measure.target.value} (${target.measure.target.period}, ${target.reportLabel}).`);
    const benchmark = [...figures].reverse().find((figure) => figure.measure.benchmark !== null && figure.measure.benchmark.value.trim() !== "");
    if (benchmark?.measure.benchmark) lines.push(`Latest benchmark: ${benchmark.measure.benchmark.value}${benchmark.measure.benchmarkGroup ? ` (${benchmark.measure.benchmarkGroup})` : ""}, ${benchmark.reportLabel}.`);
  }
  return lines;
}

/** Writes a computed (non-negative) number the way the figure it came from is printed: "£", "%", thousands separators, decimals. */
function formatLike(number: number, printed: string): string {
  const decimals = /\.(\d+)/.exec(printed)?.[1]?.length ?? 0;
  const body = number.toLocaleString("en-GB", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  if (printed.includes("£")) return `£${body}`;
  if (printed.includes("%")) return `${body} percentage points`;
  return body;
}

function measureFact(figure: QuotedFigure, report: Report | null): Fact {
  const { measure, value } = figure;
  return {
    type: "measure",
    report: measure.report,
    reportTitle: report && report.id === measure.report ? report.title : figure.reportLabel,
    objective: measure.objective,
    measureId: measure.id,
    measure: measure.name,
    period: value.period,
    value: value.value,
    target: measure.target?.value || null,
    targetPeriod: measure.target?.period || null,
    // The printed rating belongs to the current column; an earlier column's figure has none of its own.
    rating: isCurrent(figure) ? measure.rating : null,
    benchmark: measure.benchmark?.value || null,
    benchmarkGroup: measure.benchmarkGroup,
  };
}

function citation(quote: Quote): string {
  return `${quote.report.title}${quote.objective ? `, ${quote.objective}` : ""}`;
}

function withFigureSources(sources: Source[], found: Found): Source[] {
  const cited = [...sources];
  for (const figure of found.figures) {
    if (cited.some((source) => source.report === figure.measure.report && source.objective === figure.measure.objective)) continue;
    cited.push({ report: figure.measure.report, reportTitle: figure.reportLabel, objective: figure.measure.objective, quote: `Table: ${figure.measure.name} — ${figure.value.period}: ${figure.value.value}` });
  }
  return cited;
}

function draftText(found: Found, lines: readonly string[], quoteLines: readonly string[]): string {
  const report = found.report;
  const sentences = found.figures.map((figure) => {
    const { measure, value } = figure;
    const current = isCurrent(figure);
    const target = current && measure.target && measure.target.value.trim() !== "" ? ` against a target of ${measure.target.value}` : "";
    const rating = current && measure.rating ? `, which the report rates ${measure.rating}` : "";
    return `the measure "${measure.name}" (${measure.objective}) stood at ${value.value} for ${value.period}${target}${rating}`;
  });
  const opening = sentences.length > 0 ? `According to the council's ${report.title} (${report.periodLabel}), ${sentences.join("; and ")}.` : lines.join(" ");
  const commentary = found.quotes[0] ? ` The report's commentary states: "${found.quotes[0].text}"` : "";
  const sourceLines = [...new Set([...found.figures.map((figure) => `${figure.reportLabel}, ${figure.measure.objective}: ${figure.measure.name}`), ...quoteLines.map((line) => line.replace(/^".*" — /, ""))])];
  return `${opening}${commentary}\n\nSources:\n${sourceLines.map((line) => `- ${line}`).join("\n")}`;
}
