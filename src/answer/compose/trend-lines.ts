import { methodChanged, printedChange } from "./printed-change.js";
import type { Fact } from "../answer.js";
import type { Found } from "../facts/findings.js";
import { lowerIsBetter } from "../warnings/lower-is-better.js";
import { measureFact } from "./measure-fact.js";
import type { QuotedFigure } from "../facts/findings.js";
import { formatPeriodKey, parsePeriodKey } from "../period/period-key.js";
import { figureSubject } from "../warnings/measure-warnings.js";
import type { Warning } from "../warnings/warning.js";

/**
 * A trend, one block per series: every printed period oldest first (a period two reports print alike once; printed
 * differently, with a warning), the change between two comparable figures computed by code (not across a change
 * of method the notes report) and whether it is better or worse where that is known, the latest target and benchmark.
 */
export function trendLines(found: Found): {
  lines: string[];
  figureLines: string[];
  facts: Fact[];
  warnings: Warning[];
} {
  const lines: string[] = [];
  const figureLines: string[] = [];
  const facts: Fact[] = [];
  const warnings: Warning[] = [];
  const series = new Map<string, QuotedFigure[]>();
  for (const figure of found.figures)
    series.set(figure.measure.seriesKey, [...(series.get(figure.measure.seriesKey) ?? []), figure]);
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
          warnings.push({
            kind: "revised-figure",
            subjects: [figureSubject(figure)],
            period: key,
            earlier: { value: earlier.value.value, reportLabel: earlier.reportLabel },
            later: { value: figure.value.value, reportLabel: figure.reportLabel },
          });
        } else continue;
      }
      seen.set(key, figure);
      shown.push(figure);
      const line = `- ${figure.value.period}: ${figure.value.value} (${figure.reportLabel}, ${figure.measure.objective})`;
      lines.push(line);
      figureLines.push(line);
      facts.push(measureFact(figure, null));
    }
    const [first, last] = comparablePair(shown);
    const changed = figures.some((figure) => methodChanged(figure.measure));
    const change = first && last && first !== last ? printedChange(first.value, last.value) : null;
    if (first && last && change) {
      if (changed)
        lines.push(
          "No change is computed: the report notes that the method changed, so the years are not directly comparable.",
        );
      else {
        const { difference, amount, direction } = change;
        const judged = judgement(last, difference);
        facts.push(change.fact);
        lines.push(
          `From ${first.value.period} to ${last.value.period}: ${direction}${difference === 0 ? "" : ` of ${amount}`}${judged} (computed from the printed figures).`,
        );
      }
    }
    const target = [...figures]
      .reverse()
      .find((figure) => figure.measure.target !== null && figure.measure.target.number !== null);
    if (target?.measure.target)
      lines.push(
        `Latest target: ${target.measure.target.value} (${target.measure.target.period}, ${target.reportLabel}).`,
      );
    const benchmark = [...figures]
      .reverse()
      .find((figure) => figure.measure.benchmark !== null && figure.measure.benchmark.value.trim() !== "");
    if (benchmark?.measure.benchmark)
      lines.push(
        `Latest benchmark: ${benchmark.measure.benchmark.value}${benchmark.measure.benchmarkGroup ? ` (${benchmark.measure.benchmarkGroup})` : ""}, ${benchmark.reportLabel}.`,
      );
  }
  return { lines, figureLines, facts, warnings };
}

/**
 * The two figures a change is computed between: the first and last whole-year figures, or else the latest figure
 * and the earliest one for the same quarter of an earlier year (year-to-date figures of different quarters are
 * not comparable).
 */
function comparablePair(figures: readonly QuotedFigure[]): [QuotedFigure | undefined, QuotedFigure | undefined] {
  const numbered = figures.filter((figure) => figure.value.number !== null);
  const whole = numbered.filter((figure) => parsePeriodKey(figure.value.period).quarter === null);
  if (whole.length >= 2) return [whole[0], whole[whole.length - 1]];
  const last = numbered[numbered.length - 1];
  if (!last) return [undefined, undefined];
  const quarter = parsePeriodKey(last.value.period).quarter;
  const sameQuarter = numbered.find(
    (figure) => figure !== last && quarter !== null && parsePeriodKey(figure.value.period).quarter === quarter,
  );
  return [sameQuarter, sameQuarter ? last : undefined];
}

/** ", worse (lower is better)": said only where the direction is known — a lower-is-better name, or a target to beat. */
function judgement(figure: QuotedFigure, difference: number): string {
  if (difference === 0) return "";
  const lower = lowerIsBetter(figure.measure.name);
  if (!lower && figure.measure.target === null) return "";
  const better = lower ? difference < 0 : difference > 0;
  return `, ${better ? "better" : "worse"} (${lower ? "lower" : "higher"} is better for this measure)`;
}
