import type { Report } from "../../report/report.js";
import type { Answer, Fact, Source } from "../answer.js";
import { briefingText } from "./briefing-text.js";
import type { Found } from "../facts/findings.js";
import type { Quote } from "../passages/quote.js";
import { earlierValues, figureText } from "./figure-text.js";
import type { CommentaryConflict } from "../corpus/find-commentary-conflicts.js";
import { measureFact } from "./measure-fact.js";
import { objectiveFact } from "./objective-fact.js";
import { measureWarnings } from "../warnings/measure-warnings.js";
import type { Warning } from "../warnings/warning.js";
import { answerWarnings } from "./answer-warnings.js";
import type { PlannedQuestion } from "../plan/planned-question.js";
import { reportLabel } from "../../report/report-label.js";
import { trendLines } from "./trend-lines.js";

/** The answer for found figures, objectives and quotes: lines of figures, quotes with citations, remarks, warnings. */
export function composeFound(
  base: Pick<Answer, "question" | "plan">,
  found: Found,
  planned: PlannedQuestion,
  conflicts: readonly CommentaryConflict[],
): Omit<Answer, "timings"> {
  const lines: string[] = [];
  const figureLines: string[] = [];
  const facts: Fact[] = [];
  const warnings: Warning[] = [];
  const reportsById = new Map<string, Report>();
  for (const { objective, report } of found.objectives) {
    reportsById.set(report.id, report);
    lines.push(
      `${objective.code} (${reportLabel(report)}): ${objective.title}. Progress: ${objective.progress ?? "blank (awaiting update)"}; expected completion ${objective.expectedCompletion || "not given"}.`,
    );
    facts.push(objectiveFact(objective, report));
  }
  if (found.trend) {
    const trend = trendLines(found);
    lines.push(...trend.lines);
    figureLines.push(...trend.figureLines);
    facts.push(...trend.facts);
    warnings.push(...trend.warnings);
  } else {
    for (const figure of found.figures) {
      const line = `${planned.plan.intent === "draft" ? "" : "- "}${figure.measure.name}: ${figureText(figure)}${earlierValues(figure)}.`;
      lines.push(line);
      figureLines.push(line);
      facts.push(measureFact(figure, found.report));
    }
  }
  for (const figure of found.figures) warnings.push(...measureWarnings(figure, conflicts));
  // A quoted sentence that states a figure the table contradicts carries the warning, whether or not the answer
  // shows that measure's figures ("why is SO-12 amber?" quoting "83% of defects were remedied…").
  const shownMeasures = new Set(found.figures.map((figure) => figure.measure.id));
  for (const quote of found.quotes) {
    for (const conflict of conflicts) {
      if (
        shownMeasures.has(conflict.measureId) ||
        conflict.report !== quote.report.id ||
        !sameSentence(conflict.sentence, quote.text)
      )
        continue;
      const subject = {
        measureId: conflict.measureId,
        measure: conflict.measureName,
        shortName: conflict.measureName,
        report: quote.report.id,
        reportLabel: reportLabel(quote.report),
        objective: conflict.objective,
      };
      warnings.push({
        kind: "quoted-conflict",
        subjects: [subject],
        aboutTarget: conflict.aboutTarget,
        stated: conflict.stated,
        table: conflict.table,
        tablePeriod: conflict.tablePeriod,
      });
    }
  }
  const sources: Source[] = found.quotes.map((quote) => ({
    report: quote.report.id,
    reportTitle: quote.report.title,
    objective: quote.objective,
    quote: quote.text,
    ...(quote.page === undefined ? {} : { page: quote.page }),
  }));
  const quoteLines = found.quotes.map((quote) => `"${quote.text}" — ${citation(quote)}`);
  if (planned.plan.intent === "draft") {
    const briefing = briefingText(found, lines, quoteLines);
    return {
      ...base,
      status: "answered",
      choices: [],
      answer: briefing.text,
      restated: { figures: figureLines, quotes: quoteLines },
      facts: [...facts, ...briefing.derived],
      sources: withFigureSources(sources, found),
      ...answerWarnings(warnings),
    };
  }
  const answer = [
    ...(found.lead ?? []),
    ...readingAs(found, planned),
    ...lines,
    ...(quoteLines.length > 0 ? ["", ...quoteLines] : []),
    ...(found.remarks.length > 0 ? ["", ...found.remarks] : []),
  ]
    .join("\n")
    .trim();
  return {
    ...base,
    status: "answered",
    choices: [],
    answer,
    restated: { figures: figureLines, quotes: quoteLines },
    facts,
    sources: withFigureSources(sources, found),
    ...answerWarnings(warnings),
  };
}

/**
 * "Reading this as: …" when the measures answered hold only part of the question's words, so a manager sees at once
 * which measure the figures are of and can ask again if it is the wrong one.
 */
function readingAs(found: Found, planned: PlannedQuestion): string[] {
  if (planned.followUp || found.figures.length === 0 || planned.plan.measures.length === 0) return [];
  const chosen = new Set(planned.plan.measures);
  const best = Math.max(
    0,
    ...planned.links.measures.filter((entry) => chosen.has(entry.item.id)).map((entry) => entry.coverage),
  );
  if (best >= 0.75) return [];
  const names = [...new Set(found.figures.map((figure) => figure.measure.name))];
  return [
    `Reading this as: ${names.slice(0, 3).join("; ")}${names.length > 3 ? ` and ${names.length - 3} more` : ""}.`,
  ];
}

function sameSentence(left: string, right: string): boolean {
  const plain = (text: string) => text.replace(/\s+/g, " ").trim();
  return plain(left).includes(plain(right)) || plain(right).includes(plain(left));
}

function citation(quote: Quote): string {
  return `${quote.report.title}${quote.objective ? `, ${quote.objective}` : ""}${quote.page === undefined ? "" : `, p. ${quote.page}`}`;
}

function withFigureSources(sources: Source[], found: Found): Source[] {
  const cited = [...sources];
  for (const figure of found.figures) {
    if (
      cited.some(
        (source) =>
          source.report === figure.measure.report &&
          source.objective === figure.measure.objective &&
          (source.page === figure.measure.page || figure.measure.page === undefined),
      )
    )
      continue;
    cited.push({
      report: figure.measure.report,
      reportTitle: figure.reportLabel,
      objective: figure.measure.objective,
      quote: `Table: ${figure.measure.name} — ${figure.value.period}: ${figure.value.value}`,
      ...(figure.measure.page === undefined ? {} : { page: figure.measure.page }),
    });
  }
  return cited;
}
