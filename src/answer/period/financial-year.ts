import type { PeriodKey } from "./period-key.js";

/** "2024-25" for the financial year that starts in April 2024. */
export function financialYearStarting(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, "0")}`;
}

/** The financial year `years` before (negative) or after another: "2025-26" shifted by -1 is "2024-25"; null for a malformed year. */
export function shiftFinancialYear(financialYear: string, years: number): string | null {
  const match = /^(\d{4})-(\d{2})$/.exec(financialYear);
  return match ? financialYearStarting(Number(match[1]) + years) : null;
}

/** The same period a year earlier: "the same quarter last year". */
export function sameTimeLastYear(period: PeriodKey): PeriodKey | null {
  const year = period.financialYear === null ? null : shiftFinancialYear(period.financialYear, -1);
  return year === null ? null : { ...period, financialYear: year };
}

/** The quarter before a period's (Quarter 1's is the previous year's fourth, its year end); null for a period with no quarter. */
export function previousQuarter(period: PeriodKey): PeriodKey | null {
  if (period.financialYear === null) return null;
  const quarter = period.quarter ?? (period.yearEnd ? 4 : null);
  if (quarter === null) return null;
  if (quarter > 1) return { financialYear: period.financialYear, quarter: quarter - 1, yearEnd: false };
  const year = shiftFinancialYear(period.financialYear, -1);
  return year === null ? null : { financialYear: year, quarter: 4, yearEnd: true };
}

/** The financial year a calendar month falls in, and its quarter: April to June is Q1, January to March Q4 (a year end). */
export function monthQuarter(monthIndex: number, calendarYear: number): PeriodKey {
  const start = monthIndex >= 3 ? calendarYear : calendarYear - 1;
  const quarter = monthIndex >= 3 ? Math.floor((monthIndex - 3) / 3) + 1 : 4;
  return { financialYear: financialYearStarting(start), quarter, yearEnd: quarter === 4 };
}
