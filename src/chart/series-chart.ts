import type { Answer, MeasureFact } from "../answer/answer.js";
import { formatPeriodKey, parsePeriodKey } from "../answer/period/period-key.js";
import { parsePrintedValue } from "../ingest/parse-printed-value.js";
import type { Measure } from "../report/measure.js";
import { methodChanged } from "../answer/compose/printed-change.js";
import type { BenchmarkLine, ChartUnit, SeriesChart, SeriesPoint, TargetPoint } from "./chart.js";

/** More lines than this on one chart cannot be told apart. */
const maxSeries = 4;

/**
 * The chart of the measures an answer quotes, from its facts alone: one series per measure (linked across reports
 * by its series key), each point a printed figure in the answer's order, the targets printed for those periods, the
 * newest benchmark. Only series sharing the first one's unit are drawn (never percentages and counts on one axis).
 * Null when no series has two figures to join.
 */
export function seriesChart(answer: Answer, measures: ReadonlyMap<string, Measure>): SeriesChart | null {
  const facts = answer.facts.filter((fact): fact is MeasureFact => fact.type === "measure");
  const bySeries = new Map<string, { fact: MeasureFact; number: number; unit: ChartUnit }[]>();
  for (const fact of facts) {
    const printed = parsePrintedValue(fact.value);
    if (printed.number === null || printed.unit === null || printed.malformed) continue;
    const key = measures.get(fact.measureId)?.seriesKey ?? fact.measureId;
    bySeries.set(key, [...(bySeries.get(key) ?? []), { fact, number: printed.number, unit: printed.unit }]);
  }
  const drawable = [...bySeries.values()].filter((figures) => new Set(figures.map((f) => f.fact.period)).size >= 2);
  const first = drawable[0];
  if (first === undefined) return null;
  const unit = first[0]!.unit;
  const chosen = drawable.filter((figures) => figures.every((figure) => figure.unit === unit)).slice(0, maxSeries);

  const repeatedHeaders = repeated(chosen.flat().map(({ fact }) => `${fact.period}\u0000${fact.report}`));
  const axisLabel = (fact: MeasureFact) =>
    repeatedHeaders.has(fact.period) ? `${fact.period} (${fact.reportTitle.replace(/ report$/, "")})` : fact.period;

  const points: SeriesPoint[] = [];
  const targets: TargetPoint[] = [];
  const benchmarks: BenchmarkLine[] = [];
  const notes: string[] = [];
  for (const figures of chosen) {
    const series = figures.at(-1)!.fact.measure;
    const seen = new Map<string, MeasureFact>();
    for (const { fact, number } of figures) {
      const key = formatPeriodKey(parsePeriodKey(fact.period));
      const earlier = key === "" ? undefined : seen.get(key);
      const revised = earlier !== undefined && earlier.report !== fact.report && earlier.value !== fact.value;
      if (revised)
        notes.push(
          `Revised: ${key} was ${earlier.value} in the ${earlier.reportTitle}, ${fact.value} in the ${fact.reportTitle}.`,
        );
      if (key !== "") seen.set(key, fact);
      const x = axisLabel(fact);
      points.push({
        series,
        measureId: fact.measureId,
        report: fact.report,
        reportLabel: fact.reportTitle,
        objective: fact.objective,
        period: fact.period,
        x,
        value: fact.value,
        number,
        revised,
      });
      const target = fact.target === null ? null : parsePrintedValue(fact.target);
      if (target?.number != null && target.unit === unit && !target.malformed)
        targets.push({ series, x, value: target.value, number: target.number, targetPeriod: fact.targetPeriod });
    }
    const benchmarked = [...figures].reverse().find(({ fact }) => fact.benchmark !== null);
    const benchmark = benchmarked?.fact.benchmark ? parsePrintedValue(benchmarked.fact.benchmark) : null;
    if (benchmark?.number != null && benchmark.unit === unit && !benchmark.malformed)
      benchmarks.push({
        series,
        value: benchmark.value,
        number: benchmark.number,
        group: benchmarked?.fact.benchmarkGroup ?? null,
      });
    const changed = figures.some(({ fact }) => methodChanged({ notes: measures.get(fact.measureId)?.notes ?? [] }));
    if (changed)
      notes.push(
        `${chosen.length > 1 ? `${series}: the` : "The"} report notes a change of method; figures either side are not directly comparable.`,
      );
  }
  const sources = unique(points.map((point) => `${point.reportLabel}, ${point.objective}`));
  return {
    kind: "series",
    title: chosen.length === 1 ? points[0]!.series : unique(points.map((point) => point.series)).join(" · "),
    unit,
    points,
    targets,
    benchmarks,
    notes,
    source: `Source: ${sources.join("; ")}`,
  };
}

/** The column headers printed by more than one report among "header\0report" pairs. */
function repeated(headerReports: readonly string[]): Set<string> {
  const reportsByHeader = new Map<string, Set<string>>();
  for (const pair of headerReports) {
    const [header = "", report = ""] = pair.split("\u0000");
    reportsByHeader.set(header, (reportsByHeader.get(header) ?? new Set()).add(report));
  }
  return new Set([...reportsByHeader].filter(([, reports]) => reports.size > 1).map(([header]) => header));
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
