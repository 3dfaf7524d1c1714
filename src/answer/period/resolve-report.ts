import type { Measure } from "../../report/measure.js";
import type { Report } from "../../report/report.js";
import { type PeriodKey, periodMatch, parsePeriodKey } from "./period-key.js";

/** The period a report itself covers, as a key. */
export function reportPeriodKey(report: Report): PeriodKey {
  return { financialYear: report.financialYear, quarter: report.quarter, yearEnd: report.periodKind === "year-end" };
}

/** Where an asked period is found: the report that covers it, or only columns of other reports, or nowhere. */
export interface ResolvedPeriod {
  /** The report whose own period is the asked one (best match, newest first); null when none is. */
  readonly report: Report | null;
  /** Whether any measure column of any report is headed with the period. */
  readonly inColumns: boolean;
}

/** Finds the report (and columns) that cover an asked period. `reports` are newest first. */
export function resolveReport(
  asked: PeriodKey,
  reports: readonly Report[],
  measures: readonly Measure[],
): ResolvedPeriod {
  let best: { report: Report; match: number } | null = null;
  for (const report of reports) {
    const match = periodMatch(asked, reportPeriodKey(report));
    if (match > (best?.match ?? 0)) best = { report, match };
  }
  // A named quarter or year end needs a column headed so; a plain year is answered by any column of that year.
  const needed = asked.quarter !== null || asked.yearEnd ? 2 : 1;
  const inColumns = measures.some((measure) =>
    measure.values.some((value) => periodMatch(asked, parsePeriodKey(value.period)) >= needed),
  );
  return { report: best?.report ?? null, inColumns };
}
