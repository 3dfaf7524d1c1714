import type { TopLevelSpec } from "vega-lite";
import type { Chart, ChartUnit, RatingsChart, SeriesChart } from "./chart.js";
import { benchmarkColour, ratingColours, revisedColour, seriesColours, targetColour } from "./chart-colours.js";
import { ratingOrder } from "./ratings-chart.js";

export const chartFont = "DejaVu Sans";
const width = 640;
const height = 300;

const axisTitles: Record<ChartUnit, string> = {
  percent: "Per cent (%)",
  pounds: "Pounds (£)",
  count: "Number",
  number: "Value",
};

/** The Vega-Lite spec that draws a chart: plain, labelled, the source line under the title. */
export function vegaLiteSpec(chart: Chart): TopLevelSpec {
  return chart.kind === "series" ? seriesSpec(chart) : ratingsSpec(chart);
}

function seriesSpec(chart: SeriesChart): TopLevelSpec {
  const domain = [...new Set(chart.points.map((point) => point.x))];
  const names = [...new Set(chart.points.map((point) => point.series))];
  const legendNames = distinguishingNames(names);
  const several = names.length > 1;
  const label = (series: string) => legendNames[names.indexOf(series)] ?? series;
  // Labels of the second line go under its points, so two close lines' labels do not overlap.
  const placed = <T extends { series: string }>(rows: readonly T[]) =>
    rows.map((row) => ({ ...row, line: label(row.series), below: names.indexOf(row.series) % 2 === 1 }));
  const x = {
    field: "x",
    type: "ordinal",
    sort: domain,
    title: "Period",
    axis: { labelAngle: domain.length > 4 ? -30 : 0, labelLimit: 260 },
  } as const;
  const y = {
    field: "number",
    type: "quantitative",
    title: axisTitles[chart.unit],
    scale: { zero: chart.points.every((point) => point.number >= 0) },
  } as const;
  const colour = {
    field: "line",
    type: "nominal",
    scale: { domain: names.map(label), range: seriesColours.slice(0, names.length) },
    legend: several ? { orient: "bottom", direction: "vertical", labelLimit: width - 20, title: null } : null,
  } as const;
  const textColour = several ? colour : { value: "#000000" };
  const layers: object[] = [
    {
      data: { values: placed(chart.points) },
      mark: { type: "line", point: { size: 60, filled: true } },
      encoding: { x, y, color: colour },
    },
    ...[false, true].map((below) => ({
      data: { values: placed(chart.points).filter((point) => point.below === below) },
      mark: { type: "text", dy: below ? 14 : -12, fontSize: 12 },
      encoding: { x, y, text: { field: "value" }, color: textColour },
    })),
  ];
  const revised = chart.points.filter((point) => point.revised);
  if (revised.length > 0)
    layers.push({
      data: { values: revised },
      mark: { type: "point", shape: "diamond", size: 220, filled: false, strokeWidth: 2, color: revisedColour },
      encoding: { x, y },
    });
  if (chart.targets.length > 0) {
    const targets = placed(chart.targets).map((target) => ({ ...target, label: `target ${target.value}` }));
    layers.push(
      {
        data: { values: targets },
        mark: { type: "tick", thickness: 2, size: 28, strokeDash: [4, 2] },
        encoding: { x, y, color: several ? colour : { value: targetColour } },
      },
      {
        data: { values: targets },
        mark: { type: "text", align: "left", dx: 16, fontSize: 11 },
        encoding: { x, y, text: { field: "label" }, color: several ? colour : { value: targetColour } },
      },
    );
  }
  chart.benchmarks.forEach((benchmark, index) => {
    const text = `benchmark${benchmark.group ? ` (${benchmark.group})` : ""} ${benchmark.value}`;
    // With several lines, a benchmark takes its line's colour, and its line's name only when that is short: a
    // measure's full name would run the label far out of the plot and widen the image.
    const colour = several ? (seriesColours[names.indexOf(benchmark.series)] ?? benchmarkColour) : benchmarkColour;
    const name = label(benchmark.series);
    const labelText = several && name.length <= 30 ? `${name}: ${text}` : text;
    layers.push(
      {
        data: { values: [benchmark] },
        mark: { type: "rule", strokeDash: [2, 2], color: colour, strokeWidth: 2 },
        encoding: { y: { field: "number", type: "quantitative" } },
      },
      {
        data: { values: [{ ...benchmark, label: labelText }] },
        mark: {
          type: "text",
          align: "right",
          dy: index % 2 === 0 ? -6 : 12,
          fontSize: 11,
          limit: width,
          color: colour,
          x: width,
        },
        encoding: { y: { field: "number", type: "quantitative" }, text: { field: "label" } },
      },
    );
  });
  const common = several ? commonPrefix(names) : "";
  const title = several && common !== "" ? `${common} …` : chart.title;
  return frame(title, [chart.source, ...chart.notes], { layer: layers } as unknown as TopLevelSpec);
}

/** Names told apart by what follows the words they share ("(including exceptions)"), when they share 3 words or more. */
function distinguishingNames(names: readonly string[]): string[] {
  const common = commonPrefix(names);
  return common === "" ? [...names] : names.map((name) => name.slice(common.length).trim() || name);
}

function commonPrefix(names: readonly string[]): string {
  if (names.length < 2) return "";
  const words = names.map((name) => name.split(" "));
  let shared = 0;
  while (words.every((list) => list[shared] !== undefined && list[shared] === words[0]![shared])) shared += 1;
  return shared >= 3 && words.every((list) => list.length > shared) ? words[0]!.slice(0, shared).join(" ") : "";
}

function ratingsSpec(chart: RatingsChart): TopLevelSpec {
  const reports = [...new Set(chart.bars.map((bar) => bar.reportLabel))];
  // Stacked by hand, so each count sits in the middle of its own segment.
  const stacked: object[] = [];
  for (const report of reports) {
    let base = 0;
    for (const bar of chart.bars.filter((b) => b.reportLabel === report)) {
      stacked.push({ ...bar, start: base, end: base + bar.count, middle: base + bar.count / 2 });
      base += bar.count;
    }
  }
  const present = ratingOrder.filter((rating) => chart.bars.some((bar) => bar.rating === rating));
  const others = [...new Set(chart.bars.map((bar) => bar.rating))].filter(
    (r) => !(ratingOrder as readonly string[]).includes(r),
  );
  const domain = [...present, ...others];
  const x = {
    field: "reportLabel",
    type: "nominal",
    sort: reports,
    title: null,
    axis: { labelAngle: 0, labelLimit: 300 },
  } as const;
  const layers = [
    {
      mark: { type: "bar", width: { band: 0.6 }, stroke: "white", strokeWidth: 1 },
      encoding: {
        x,
        y: { field: "start", type: "quantitative", title: chart.subject === "objectives" ? "Objectives" : "Measures" },
        y2: { field: "end" },
        color: {
          field: "rating",
          type: "nominal",
          title: chart.subject === "objectives" ? "Progress" : "Performance",
          scale: { domain, range: domain.map((rating) => ratingColours[rating] ?? "#999999") },
        },
      },
    },
    {
      mark: { type: "text", fontSize: 12, fontWeight: "bold" },
      encoding: { x, y: { field: "middle", type: "quantitative" }, text: { field: "count" } },
    },
  ];
  return frame(chart.title, [chart.source], { data: { values: stacked }, layer: layers } as unknown as TopLevelSpec);
}

function frame(title: string, subtitle: readonly string[], body: TopLevelSpec): TopLevelSpec {
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v5.json",
    width,
    height,
    background: "white",
    padding: 16,
    title: {
      text: wrap(title, 70),
      subtitle: subtitle.flatMap((line) => wrap(line, 100)),
      anchor: "start",
      fontSize: 16,
      subtitleFontSize: 12,
      subtitleColor: "#333333",
    },
    config: {
      font: chartFont,
      axis: { labelFontSize: 12, titleFontSize: 12, grid: true, gridColor: "#E6E6E6" },
      legend: { labelFontSize: 12 },
      view: { stroke: null },
    },
    ...body,
  } as TopLevelSpec;
}

/** Splits a long line at spaces: Vega does not wrap titles. */
function wrap(text: string, columns: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    if (line !== "" && line.length + 1 + word.length > columns) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  if (line !== "") lines.push(line);
  return lines;
}
