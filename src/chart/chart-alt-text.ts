import type { Chart } from "./chart.js";

/** What the chart shows, in words, figure by figure: the alt text of its image. */
export function chartAltText(chart: Chart): string {
  if (chart.kind === "ratings") {
    const reports = [...new Set(chart.bars.map((bar) => bar.reportLabel))];
    const counts = reports.map(
      (report) =>
        `${report}: ${chart.bars
          .filter((bar) => bar.reportLabel === report)
          .map((bar) => `${bar.count} ${bar.rating}`)
          .join(", ")}`,
    );
    return `Stacked bar chart. ${chart.title}. ${counts.join("; ")}. ${chart.source}.`;
  }
  const series = [...new Set(chart.points.map((point) => point.series))];
  const lines = series.map((name) => {
    const points = chart.points.filter((point) => point.series === name);
    const targets = chart.targets.filter((target) => target.series === name);
    const benchmark = chart.benchmarks.find((line) => line.series === name);
    return [
      `${name}: ${points.map((point) => `${point.x} ${point.value}`).join(", ")}`,
      ...(targets.length > 0 ? [`target ${targets.map((target) => `${target.value} at ${target.x}`).join(", ")}`] : []),
      ...(benchmark ? [`benchmark${benchmark.group ? ` (${benchmark.group})` : ""} ${benchmark.value}`] : []),
    ].join("; ");
  });
  return `Line chart. ${lines.join(". ")}. ${[...chart.notes, chart.source].join(" ")}`.replace(/\.\./g, ".");
}
