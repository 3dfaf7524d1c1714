/** The period a report's title names. */
export interface ReportPeriod {
  readonly id: string;
  readonly financialYear: string;
  readonly quarter: number | null;
  readonly periodKind: "quarter" | "year-end";
  readonly periodLabel: string;
  readonly periodEnd: string;
}

const quarterTitle = /\b(?:Quarter|Qtr|Q)\s*([1-4])\s*[,:–-]?\s+(\d{4})\s*(?:to|[-–/])\s*(\d{2}|\d{4})\b/i;
const yearEndTitle =
  /\b(\d{4})\s*(?:to|[-–/])\s*(\d{2}|\d{4})\s+Year[\s-]*End\b|\bYear[\s-]*End\s+(\d{4})\s*(?:to|[-–/])\s*(\d{2}|\d{4})\b/i;
const quarterEnds = ["06-30", "09-30", "12-31", "03-31"] as const;

function financialYear(start: string, end: string): string | null {
  const startYear = Number(start);
  const endYear = Number(end.length === 2 ? start.slice(0, 2) + end : end);
  return endYear === startYear + 1 ? `${start}-${String(endYear).slice(2)}` : null;
}

/**
 * Reads the period from a report title: "Performance Report Quarter 2 2025 to 2026" → 2025-26 Q2 ending 2025-09-30;
 * "Performance Report 2024-25 Year End" → 2024-25 year end, 2025-03-31. Null when the title names no period.
 */
export function parseTitle(title: string): ReportPeriod | null {
  const quarter = quarterTitle.exec(title);
  if (quarter) {
    const number = Number(quarter[1]);
    const year = financialYear(quarter[2] ?? "", quarter[3] ?? "");
    if (year === null) return null;
    const start = Number(year.slice(0, 4));
    const end = `${number === 4 ? start + 1 : start}-${quarterEnds[number - 1]}`;
    return {
      id: `${year}-q${number}`,
      financialYear: year,
      quarter: number,
      periodKind: "quarter",
      periodLabel: `Quarter ${number} ${year}`,
      periodEnd: end,
    };
  }
  const yearEnd = yearEndTitle.exec(title);
  if (yearEnd) {
    const year = financialYear(yearEnd[1] ?? yearEnd[3] ?? "", yearEnd[2] ?? yearEnd[4] ?? "");
    if (year === null) return null;
    const end = `${Number(year.slice(0, 4)) + 1}-03-31`;
    return {
      id: `${year}-year-end`,
      financialYear: year,
      quarter: null,
      periodKind: "year-end",
      periodLabel: `${year} year end`,
      periodEnd: end,
    };
  }
  return null;
}
