import type { Measure } from "../../report/measure.js";
import type { CommentaryConflict } from "../corpus/find-commentary-conflicts.js";
import type { QuotedFigure } from "../facts/findings.js";
import { parsePeriodKey } from "../period/period-key.js";
import { lowerIsBetter } from "./lower-is-better.js";
import { recomputeRating } from "./recompute-rating.js";
import { shortMeasureName } from "./short-measure-name.js";
import type { Warning, WarningSubject } from "./warning.js";

/**
 * Warnings a careful reader of the report would attach to a figure: its footnotes and the notes printed under its
 * table, a blank current value or rating, a figure from a "previous quarter" or "awaiting data" table, a malformed
 * printed value, a printed rating the report's own key does not give, and commentary that states another figure.
 */
export function measureWarnings(figure: QuotedFigure, conflicts: readonly CommentaryConflict[]): Warning[] {
  const { measure, value } = figure;
  const subjects = [figureSubject(figure)];
  const warnings: Warning[] = [];
  for (const note of measure.notes) {
    warnings.push(
      note.marker
        ? { kind: "footnote", subjects, marker: note.marker, note: note.text }
        : { kind: "note", subjects, note: note.text },
    );
  }
  const qualifier =
    /\b(?:-\s*)?(Q[1-4] only|snapshot[^)]*|rolling \d+ (?:months|mths)|cumulative[^)]*|annual|academic year)\b/i.exec(
      measure.name,
    );
  if (qualifier && /only/i.test(qualifier[1] ?? ""))
    warnings.push({ kind: "part-year", subjects, qualifier: qualifier[1] ?? "" });
  if (figure.blankCurrent) {
    warnings.push({
      kind: "blank-current",
      subjects,
      blankPeriod: figure.blankCurrent.period,
      quoted: { value: value.value, period: value.period },
    });
  } else if (value.value.trim() === "") {
    warnings.push({ kind: "blank-value", subjects, period: value.period });
  }
  if (value.malformed)
    warnings.push({ kind: "malformed-value", subjects, quoted: { value: value.value, period: value.period } });
  if (measure.table === "previous-quarter") warnings.push({ kind: "previous-quarter-table", subjects });
  if (measure.table === "awaiting") warnings.push({ kind: "awaiting-data-table", subjects });
  const ratingWarning = checkRating(figure, subjects);
  if (ratingWarning) warnings.push(ratingWarning);
  for (const conflict of conflicts.filter((entry) => entry.measureId === measure.id)) {
    warnings.push({
      kind: "commentary-conflict",
      subjects,
      commentary: conflict.objective,
      aboutTarget: conflict.aboutTarget,
      stated: conflict.stated,
      table: conflict.table,
      tablePeriod: conflict.tablePeriod,
      otherColumns: otherColumns(measure, conflict.tablePeriod),
      sentence: conflict.sentence,
    });
  }
  return warnings;
}

/** The measure of a quoted figure, as a warning names it. */
export function figureSubject(figure: QuotedFigure): WarningSubject {
  const { measure } = figure;
  return {
    measureId: measure.id,
    measure: measure.name,
    shortName: shortMeasureName(measure),
    report: measure.report,
    reportLabel: figure.reportLabel,
    objective: measure.objective,
  };
}

/** The other printed columns, so a reader can see whether the prose meant a quarter or a year to date. */
function otherColumns(measure: Measure, shownPeriod: string): { value: string; period: string }[] {
  return measure.values
    .filter((value) => value.period !== shownPeriod && value.value.trim() !== "")
    .map((value) => ({ value: value.value, period: value.period }));
}

function checkRating(figure: QuotedFigure, subjects: readonly WarningSubject[]): Warning | null {
  const { measure } = figure;
  const current = measure.values[measure.values.length - 1];
  if (!current || current !== figure.value || current.number === null) return null;
  const target = measure.target;
  if (!target || target.number === null) return null;
  // Only a figure and target of the same period can be rated ("73.0%" for 2023-24 is not rated against a 2024-25 target).
  const valueYear = parsePeriodKey(current.period).financialYear;
  const targetYear = parsePeriodKey(target.period).financialYear;
  if (measure.table === "awaiting" || (valueYear !== null && targetYear !== null && valueYear !== targetYear))
    return null;
  const expected = recomputeRating({
    value: current.number,
    target: target.number,
    lowerIsBetter: lowerIsBetter(measure.name),
    percent: current.unit === "percent",
  });
  if (!expected) return null;
  if (measure.rating === null)
    return { kind: "unrated", subjects: [...subjects], value: current.value, target: target.value, expected };
  if (measure.rating !== expected)
    return {
      kind: "recomputed-rating",
      subjects: [...subjects],
      printed: measure.rating,
      value: current.value,
      target: target.value,
      expected,
    };
  return null;
}
