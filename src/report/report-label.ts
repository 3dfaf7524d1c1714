import { reportIdLabel } from "./report-id-label.js";
import type { Report } from "./report.js";

/** A short name for a report, as people cite it: "Q2 2025-26 report", "2024-25 year-end report". */
export function reportLabel(report: Report): string {
  return `${reportIdLabel(report.id)} report`;
}
