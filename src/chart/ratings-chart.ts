import type { Records } from "../report/records.js";
import { reportLabel } from "../report/report-label.js";
import type { RatingBar, RatingsChart } from "./chart.js";

/** The report key's order, best first; a blank rating is drawn last as "Not rated". */
export const ratingOrder = ["Complete", "Strong", "Good", "Review", "Action", "Not rated"] as const;

/**
 * Objectives by progress rating, or measures by performance rating, counted per report from the records
 * (optionally one outcome's), oldest report first: the bars of a stacked chart.
 */
export function ratingsChart(
  subject: "objectives" | "measures",
  records: Records,
  options: { readonly outcome: string | null; readonly reports: readonly string[] | null },
): RatingsChart | null {
  const reports = [...records.reports]
    .filter((report) => options.reports === null || options.reports.includes(report.id))
    .sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
  const inOutcome = (outcome: string) =>
    options.outcome === null || outcome.toLowerCase() === options.outcome.toLowerCase();
  const bars: RatingBar[] = [];
  for (const report of reports) {
    const ratings =
      subject === "objectives"
        ? records.objectives.filter((o) => o.report === report.id && inOutcome(o.outcome)).map((o) => o.progress)
        : records.measures.filter((m) => m.report === report.id && inOutcome(m.outcome)).map((m) => m.rating);
    const counts = new Map<string, number>();
    for (const rating of ratings) counts.set(rating ?? "Not rated", (counts.get(rating ?? "Not rated") ?? 0) + 1);
    for (const rating of [...counts.keys()].sort((a, b) => rank(a) - rank(b)))
      bars.push({ report: report.id, reportLabel: reportLabel(report), rating, count: counts.get(rating)! });
  }
  if (bars.length === 0) return null;
  const what = subject === "objectives" ? "Strategic objectives by progress rating" : "Measures by performance rating";
  return {
    kind: "ratings",
    subject,
    outcome: options.outcome,
    title: options.outcome === null ? what : `${what}: ${options.outcome}`,
    bars,
    source: `Source: ${[...new Set(bars.map((bar) => bar.reportLabel))].join("; ")}`,
  };
}

function rank(rating: string): number {
  const position = (ratingOrder as readonly string[]).indexOf(rating);
  return position === -1 ? ratingOrder.length : position;
}
