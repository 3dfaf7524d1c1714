import { z } from "zod";

/**
 * A period as a value, read from a column header or a question and carried by a plan: the financial year
 * ("2025-26"; null when only a quarter or "year end" is named), the quarter (1-4; null for a whole year) and whether
 * the year end is meant. Every field is required and nullable, so strict structured output works.
 */
export const periodSchema = z.object({
  financialYear: z
    .string()
    .regex(/^\d{4}-\d{2}$/)
    .nullable(),
  quarter: z.number().int().min(1).max(4).nullable(),
  yearEnd: z.boolean(),
});

export type PeriodKey = z.infer<typeof periodSchema>;

const yearPattern = /\b(20\d\d)\s*(?:[-–/]|\bto\b)\s*(20)?(\d\d)\b/i;
const quarterPattern = /\b(?:quarter|q)\s*([1-4])\b/i;
const yearEndPattern = /\byear[\s-]*end\b|\bend of (?:the )?(?:financial )?year\b|\bfull[\s-]year\b|\bend of 20\d\d/i;

/** Reads the period of a printed column header or a phrase ("Quarter 2 2025-26 YTD", "Year End 2024-2025", "2023- 24"). */
export function parsePeriodKey(text: string): PeriodKey {
  const found = yearPattern.exec(text);
  // A financial year runs into the next calendar year: "2025-29" is a plan's span, not a year.
  const year = found && (Number(found[1]) + 1) % 100 === Number(found[3]) ? found : null;
  const quarter = quarterPattern.exec(text);
  return {
    financialYear: year ? `${year[1]}-${year[3]}` : null,
    quarter: quarter ? Number(quarter[1]) : null,
    yearEnd: yearEndPattern.test(text),
  };
}

/**
 * The period a plan carries: the year, the quarter, and "year end" only when no quarter is named (a quarter says
 * which part of the year; "Quarter 4" is read as that quarter, as the printed column headers are).
 */
export function planPeriod(key: PeriodKey): PeriodKey {
  return { financialYear: key.financialYear, quarter: key.quarter, yearEnd: key.quarter === null && key.yearEnd };
}

/** Formats a key for people: "Quarter 2 2025-26", "2024-25 year end", "2023-24". */
export function formatPeriodKey(key: PeriodKey): string {
  if (key.financialYear === null) return key.quarter ? `Quarter ${key.quarter}` : key.yearEnd ? "year end" : "";
  if (key.quarter) return `Quarter ${key.quarter} ${key.financialYear}`;
  return key.yearEnd ? `${key.financialYear} year end` : key.financialYear;
}

/**
 * How well a column's period answers the asked period: 2 exact, 1 the same year read another way, 0 no match.
 * A year end is the fourth quarter.
 */
export function periodMatch(asked: PeriodKey, column: PeriodKey): number {
  if (asked.financialYear === null || column.financialYear !== asked.financialYear) return 0;
  const askedQuarter = asked.quarter ?? (asked.yearEnd ? 4 : null);
  const columnQuarter = column.quarter ?? (column.yearEnd ? 4 : null);
  if (askedQuarter !== null) return columnQuarter === askedQuarter ? 2 : 0;
  if (columnQuarter === null || columnQuarter === 4) return 2;
  return 1;
}
