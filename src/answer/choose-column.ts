import type { Measure, MeasureValue } from "../report/measure.js";
import { type PeriodKey, parsePeriodKey, periodMatch } from "./period-key.js";

/** The value a measure is quoted by, and whether it stands in for a blank current column. */
export interface ChosenValue {
  readonly value: MeasureValue;
  /** The report's current column, when it is blank and an earlier value is quoted instead. */
  readonly blankCurrent: MeasureValue | null;
}

/**
 * Picks the column that answers a question: the one headed with the asked period when there is one; otherwise the
 * current (last) column (a column that names no year counts as the report's own period), or — when that is blank — the latest column that has a figure.
 */
export function chooseColumn(measure: Measure, asked: PeriodKey | null, reportPeriod: PeriodKey | null = null): ChosenValue | null {
  const values = measure.values;
  if (asked && asked.financialYear) {
    let best: { value: MeasureValue; match: number } | null = null;
    for (const value of values) {
      const printed = parsePeriodKey(value.period);
      // "Latest data (YTD)" names no year: it is the report's own.
      const key = printed.financialYear === null && reportPeriod ? reportPeriod : printed;
      const match = periodMatch(asked, key);
      if (match > 0 && match >= (best?.match ?? 0)) best = { value, match };
    }
    if (best) return { value: best.value, blankCurrent: null };
    return null;
  }
  const current = values[values.length - 1];
  if (!current) return null;
  if (current.value.trim() !== "") return { value: current, blankCurrent: null };
  const latest = [...values].reverse().find((value) => value.value.trim() !== "");
  return latest ? { value: latest, blankCurrent: current } : { value: current, blankCurrent: null };
}
