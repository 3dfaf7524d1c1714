import type { Measure } from "../../report/measure.js";

/** A measure's name without its bracketed qualifiers, for warnings that name it often; the full name when that is all qualifier. */
export function shortMeasureName(measure: Pick<Measure, "name">): string {
  const short = measure.name
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return short.split(" ").length >= 3 ? short : measure.name;
}
