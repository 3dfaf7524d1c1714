import type { Measure, MeasureValue } from "../../report/measure.js";
import { type PeriodKey, parsePeriodKey, periodMatch } from "./period-key.js";

/** The value a measure is quoted by, and whether it stands in for a blank current column. */
export interface ChosenValue {
  readonly value: MeasureValue;
  /** The report's current column, when it is blank and an earlier value is quoted instead. */
  readonly blankCurrent: MeasureValue | null;
}

/**
 * Picks the column that answers a question: the one headed with the asked period when there is one (at least as
 * close as `minimumMatch`: 2 for the period itself, 1 for a column of the same year read another way); otherwise the
 * current (last) column (a column that names no year counts as the report's own period), or — when that is blank — the latest column that has a figure.
 */
export function chooseColumn(
  measure: Measure,
  asked: PeriodKey | null,
  reportPeriod: PeriodKey | null = null,
  minimumMatch = 1,
): ChosenValue | null {
  const values = measure.values;
  if (asked && asked.financialYear) {
    const matches = values.map((value) => {
      const printed = parsePeriodKey(value.period);
      // "Latest data (YTD)" names no year: it is the report's own.
      const key = printed.financialYear === null && reportPeriod ? reportPeriod : printed;
      return { value, match: periodMatch(asked, key) };
    });
    const best = Math.max(0, ...matches.map((entry) => entry.match));
    if (best < minimumMatch) return null;
    const closest = matches.filter((entry) => entry.match === best);
    // The latest of the closest columns that has a figure; a blank one only when all of them are blank.
    const chosen =
      [...closest].reverse().find((entry) => entry.value.value.trim() !== "") ?? closest[closest.length - 1];
    return chosen ? { value: chosen.value, blankCurrent: null } : null;
  }
  const current = values[values.length - 1];
  if (!current) return null;
  if (current.value.trim() !== "") return { value: current, blankCurrent: null };
  const latest = [...values].reverse().find((value) => value.value.trim() !== "");
  return latest ? { value: latest, blankCurrent: current } : { value: current, blankCurrent: null };
}
