import type { Found } from "../facts/findings.js";
import type { Measure } from "../../report/measure.js";
import { sameTimeLastYear } from "../period/financial-year.js";
import { parsePeriodKey, periodMatch } from "../period/period-key.js";
import { isCurrent } from "./figure-text.js";
import { statedFigures } from "../corpus/stated-figures.js";
import type { DerivedFact } from "../answer.js";
import { methodChanged, printedChange } from "./printed-change.js";

/**
 * A formal paragraph a briefing officer can paste into a member answer, with its sources listed under it, and the
 * changes it computed (each figure against the same period a year earlier) as facts that say how they were derived.
 */
export function briefingText(
  found: Found,
  lines: readonly string[],
  quoteLines: readonly string[],
): { text: string; derived: DerivedFact[] } {
  const report = found.report;
  const derived: DerivedFact[] = [];
  const sentences = found.figures.map((figure) => {
    const { measure, value } = figure;
    const current = isCurrent(figure);
    const target =
      current && measure.target && measure.target.value.trim() !== ""
        ? ` against a target of ${measure.target.value}`
        : "";
    const rating = current && measure.rating ? `, which the report rates ${measure.rating}` : "";
    const before = current ? yearEarlier(measure, value.period) : null;
    // The change since then, unless a note says the method changed.
    const change = before && !methodChanged(measure) ? printedChange(before, value) : null;
    if (change) derived.push(change.fact);
    const changeText = change
      ? change.difference === 0
        ? change.direction
        : `${change.direction} of ${change.amount}`
      : "";
    const compared = before
      ? `, compared with ${before.value} for ${before.period}${changeText ? ` (${changeText})` : ""}`
      : "";
    // How others do (England, the LGA survey, nearest neighbours): what a member's answer sets the figure beside.
    const benchmark =
      current && measure.benchmark && measure.benchmark.value.trim() !== ""
        ? `, against a benchmark of ${measure.benchmark.value}${measure.benchmarkGroup ? ` (${measure.benchmarkGroup})` : ""}`
        : "";
    // A figure from another report than the one the paragraph opens with says which.
    const where = measure.report === report.id ? measure.objective : `${measure.objective}, ${figure.reportLabel}`;
    return `the measure "${measure.name}" (${where}) stood at ${value.value} for ${value.period}${target}${rating}${compared}${benchmark}`;
  });
  // The objective first, with its progress rating: what a member asking "why is X red" is asking about.
  const objectives = found.objectives.map(
    ({ objective }) =>
      `strategic objective ${objective.code}, "${objective.title.replace(/\.\s*$/, "")}", ${objective.progress ? `is rated ${objective.progress}` : "has no progress rating (awaiting update)"}${objective.expectedCompletion ? `, with expected completion ${objective.expectedCompletion}` : ""}`,
  );
  const opening =
    objectives.length + sentences.length > 0
      ? `According to the council's ${report.title} (${report.periodLabel}), ${[...objectives, ...sentences].join("; and ")}.`
      : lines.join(" ");
  // Two passages, and a third that states a figure: enough to explain the figures, short enough to paste.
  const quoted = found.quotes
    .filter((quote, index) => index < 2 || (index === 2 && statedFigures(quote.text).length > 0))
    .map((quote) => `"${quote.text}"`);
  const commentary =
    quoted.length > 0
      ? `${opening === "" ? `In the council's ${report.title} (${report.periodLabel}), the` : " The"} report's commentary states: ${quoted.join(" It adds: ")}`
      : "";
  // A note under the table qualifies the figures ("not directly comparable"): a member's answer carries it.
  const notes = [...new Set(found.figures.flatMap((figure) => figure.measure.notes.map((note) => note.text)))].slice(
    0,
    2,
  );
  const noted = notes.length > 0 ? ` The report notes: ${notes.map((note) => `"${note}"`).join(" and ")}` : "";
  const sourceLines = [
    ...new Set([
      ...found.figures.map((figure) => `${figure.reportLabel}, ${figure.measure.objective}: ${figure.measure.name}`),
      ...quoteLines.map((line) => line.replace(/^".*" — /, "")),
    ]),
  ];
  return {
    text: `${opening}${commentary}${noted}\n\nSources:\n${sourceLines.map((line) => `- ${line}`).join("\n")}`,
    derived,
  };
}

/** The measure's printed figure for the same period a year earlier, when the table has that column: what a member compares with. */
function yearEarlier(measure: Measure, period: string): Measure["values"][number] | null {
  const earlier = sameTimeLastYear(parsePeriodKey(period));
  if (!earlier) return null;
  return (
    measure.values.find(
      (value) =>
        value.value.trim() !== "" &&
        value.period !== period &&
        periodMatch(earlier, parsePeriodKey(value.period)) === 2,
    ) ?? null
  );
}
