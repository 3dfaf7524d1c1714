import type { QuotedFigure } from "../facts/findings.js";

/** Whether the quoted column is the report's current one, which the target and rating are printed against. */
export function isCurrent(figure: QuotedFigure): boolean {
  return figure.measure.values[figure.measure.values.length - 1] === figure.value || figure.blankCurrent !== null;
}

/** A figure with its column, report, objective, and its target and rating said of the column they belong to. */
export function figureText(figure: QuotedFigure): string {
  const { measure, value } = figure;
  const parts = [
    `${value.value.trim() === "" ? "no figure (blank)" : value.value} for ${value.period} (${figure.reportLabel}, ${measure.objective})`,
  ];
  const current = measure.values[measure.values.length - 1];
  const hasTarget = measure.target !== null && measure.target.value.trim() !== "";
  if (isCurrent(figure)) {
    parts.push(
      hasTarget
        ? `target ${measure.target!.value}${measure.target!.period ? ` (${measure.target!.period})` : ""}`
        : "no target",
    );
    if (measure.rating) parts.push(`rated ${measure.rating}`);
  } else if (hasTarget || measure.rating) {
    // A target and rating are printed for the current column only: say so rather than pin them on this one.
    const about = [
      hasTarget ? `target ${measure.target!.value}` : null,
      measure.rating ? `rating ${measure.rating}` : null,
    ]
      .filter(Boolean)
      .join(" and ");
    parts.push(
      `the ${about} ${hasTarget && measure.rating ? "are" : "is"} for ${current?.period ?? "the current column"}`,
    );
  }
  if (measure.benchmark && measure.benchmark.value.trim() !== "")
    parts.push(`benchmark ${measure.benchmark.value}${measure.benchmarkGroup ? ` (${measure.benchmarkGroup})` : ""}`);
  return parts.join("; ");
}

/** The measure's other printed columns, for context: ". Other columns: 14,846 (Quarter 1 2025-26 YTD)". */
export function earlierValues(figure: QuotedFigure): string {
  const earlier = figure.measure.values.filter((value) => value !== figure.value && value.value.trim() !== "");
  return earlier.length > 0
    ? `. Other columns: ${earlier.map((value) => `${value.value} (${value.period})`).join(", ")}`
    : "";
}
