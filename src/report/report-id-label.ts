/**
 * A short label for a report id, as people say it: "2025-26-q2" → "Q2 2025-26", "2024-25-year-end" → "2024-25 year-end" (as the engine cites them).
 * An id of another shape is returned as it is.
 */
export function reportIdLabel(reportId: string): string {
  const match = /^(\d{4}-\d{2})-(q[1-4]|year-end)$/.exec(reportId);
  if (match === null) return reportId;
  const [, year, period] = match;
  return period === "year-end" ? `${year} year-end` : `${period?.toUpperCase()} ${year}`;
}
