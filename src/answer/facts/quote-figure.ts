import type { Measure } from "../../report/measure.js";
import type { Report } from "../../report/report.js";
import { chooseColumn } from "../period/choose-column.js";
import type { QuotedFigure } from "./findings.js";
import type { PeriodKey } from "../period/period-key.js";
import { reportLabel } from "../../report/report-label.js";
import { reportPeriodKey } from "../period/resolve-report.js";

/** A measure's figure for the asked period (or its current one) as a quoted figure; none when no column answers. */
export function quoteFigure(
  measure: Measure,
  asked: PeriodKey | null,
  report: Report,
  minimumMatch = 1,
): QuotedFigure[] {
  const chosen = chooseColumn(measure, asked, reportPeriodKey(report), minimumMatch);
  return chosen
    ? [{ measure, value: chosen.value, blankCurrent: chosen.blankCurrent, reportLabel: reportLabel(report) }]
    : [];
}

/** Whether a measure has a column that answers the asked period at least as closely as `minimumMatch`. */
export function hasColumn(
  measure: Measure,
  asked: PeriodKey,
  report: Report | undefined,
  minimumMatch: number,
): boolean {
  return chooseColumn(measure, asked, report ? reportPeriodKey(report) : null, minimumMatch) !== null;
}
