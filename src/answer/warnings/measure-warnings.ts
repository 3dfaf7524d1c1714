import type { Measure } from "../../report/measure.js";
import type { QuotedFigure } from "../facts/findings.js";
import type { CommentaryConflict } from "../corpus/find-commentary-conflicts.js";
import { lowerIsBetter } from "./lower-is-better.js";
import { parsePeriodKey } from "../period/period-key.js";
import { recomputeRating } from "./recompute-rating.js";
import { shortMeasureName } from "./short-measure-name.js";

/**
 * Warnings a careful reader of the report would attach to a figure: its footnotes and the notes printed under its
 * table, a blank current value or rating, a figure from a "previous quarter" or "awaiting data" table, a malformed
 * printed value, a printed rating the report's own key does not give, and commentary that states another figure.
 */
export function measureWarnings(figure: QuotedFigure, conflicts: readonly CommentaryConflict[]): string[] {
  const { measure, value } = figure;
  const name = shortMeasureName(measure);
  const where = `${name} (${figure.reportLabel}, ${measure.objective})`;
  const warnings: string[] = [];
  for (const note of measure.notes) {
    warnings.push(note.marker ? `Footnote (${note.marker}) to ${where}: ${note.text}` : `Note under the table for ${where}: ${note.text}`);
  }
  const qualifier = /\b(?:-\s*)?(Q[1-4] only|snapshot[^)]*|rolling \d+ (?:months|mths)|cumulative[^)]*|annual|academic year)\b/i.exec(measure.name);
  if (qualifier && /only/i.test(qualifier[1] ?? "")) warnings.push(`${where} covers ${qualifier[1]}, not the whole year.`);
  if (figure.blankCurrent) {
    warnings.push(`${where} has no figure for ${figure.blankCurrent.period} (blank in the report: awaiting data); the latest printed figure, ${value.value}, is for ${value.period}.`);
  } else if (value.value.trim() === "") {
    warnings.push(`${where} has no figure for ${value.period} (blank in the report).`);
  }
  if (value.malformed) warnings.push(`${where} prints "${value.value}" for ${value.period}, which is not a well-formed figure: quoted as printed.`);
  if (measure.table === "previous-quarter") {
    warnings.push(`${where} comes from the table of measures with data updated the previous quarter: the figure is not for the report's own period.`);
  }
  if (measure.table === "awaiting") warnings.push(`${where} is in the table of measures awaiting data: the current figure is not yet available.`);
  const ratingWarning = checkRating(figure);
  if (ratingWarning) warnings.push(ratingWarning);
  for (const conflict of conflicts.filter((entry) => entry.measureId === measure.id)) {
    const source = conflict.objective ? `the commentary for ${conflict.objective}` : "the report's prose";
    warnings.push(
      conflict.aboutTarget
        ? `The table and the commentary disagree: ${source} gives a target of ${conflict.stated}, while the table's target for ${name} is ${conflict.table} (${conflict.tablePeriod}). It says: "${conflict.sentence}"`
        : `The table and the commentary disagree: ${source} states ${conflict.stated}, while the table shows ${conflict.table} for ${name} (${conflict.tablePeriod})${otherColumns(measure, conflict.tablePeriod)}. It says: "${conflict.sentence}"`,
    );
  }
  return warnings;
}

/** "; other columns: 161 (Quarter 1 2025-26 YTD), …" so a reader can see whether the prose meant a quarter or a year to date. */
function otherColumns(measure: Measure, shownPeriod: string): string {
  const others = measure.values.filter((value) => value.period !== shownPeriod && value.value.trim() !== "");
  return others.length > 0 ? `; other columns: ${others.map((value) => `${value.value} (${value.period})`).join(", ")}` : "";
}

function checkRating(figure: QuotedFigure): string | null {
  const { measure } = figure;
  const name = shortMeasureName(measure);
  const current = measure.values[measure.values.length - 1];
  if (!current || current !== figure.value || current.number === null) return null;
  const target = measure.target;
  if (!target || target.number === null) return null;
  // Only a figure and target of the same period can be rated ("73.0%" for 2023-24 is not rated against a 2024-25 target).
  const valueYear = parsePeriodKey(current.period).financialYear;
  const targetYear = parsePeriodKey(target.period).financialYear;
  if (measure.table === "awaiting" || (valueYear !== null && targetYear !== null && valueYear !== targetYear)) return null;
  const expected = recomputeRating({
    value: current.number,
    target: target.number,
    lowerIsBetter: lowerIsBetter(measure.name),
    percent: current.unit === "percent",
  });
  if (!expected) return null;
  if (measure.rating === null) {
    return `${name} has a target (${target.value}) but no printed rating; by the report's key ${current.value} against ${target.value} would be ${expected}.`;
  }
  if (measure.rating !== expected) {
    return `${name} is printed as ${measure.rating}, but by the report's own key ${current.value} against a target of ${target.value} would be ${expected}.`;
  }
  return null;
}
