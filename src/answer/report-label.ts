import type { Report } from "../report/report.js";

/** A short name for a report, as people cite it: "Q2 2025-26 report", "2024-25 year-end report". */
export function reportLabel(report: Report): string {
  return report.quarter !== null && report.periodKind === "quarter"
    ? `Q${report.quarter} ${report.financialYear} report`
    : `${report.financialYear} year-end report`;
}
