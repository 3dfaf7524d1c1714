import type { Diagnostic } from "../report/diagnostic.js";
import type { Measure } from "../report/measure.js";
import type { Objective } from "../report/objective.js";
import { limitVariables, type IngestLimits } from "./ingest-limits.js";

/**
 * Errors for a report with more records than the limits allow — objectives, measures, notes on one measure — each one
 * line naming the count, the limit and the variable that raises it. Start-up cost follows the records, so bounding
 * them per report bounds what one upload can cost the bot.
 */
export function checkRecordLimits(
  parsed: { readonly objectives: readonly Objective[]; readonly measures: readonly Measure[] },
  file: string,
  limits: IngestLimits,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const over = (line: number, message: string) => diagnostics.push({ severity: "error", file, line, message });
  if (parsed.objectives.length > limits.maxObjectives) {
    over(
      parsed.objectives[limits.maxObjectives]!.line,
      `${parsed.objectives.length} objectives, over the limit of ${limits.maxObjectives} per report (${limitVariables.maxObjectives} raises it)`,
    );
  }
  if (parsed.measures.length > limits.maxMeasures) {
    over(
      parsed.measures[limits.maxMeasures]!.line,
      `${parsed.measures.length} measures, over the limit of ${limits.maxMeasures} per report (${limitVariables.maxMeasures} raises it)`,
    );
  }
  // One line for the worst measure, not one per measure: a hostile file could otherwise print thousands.
  const crowded = parsed.measures.filter((measure) => measure.notes.length > limits.maxNotesPerMeasure);
  const worst = crowded.reduce<Measure | null>(
    (most, measure) => (most === null || measure.notes.length > most.notes.length ? measure : most),
    null,
  );
  if (worst !== null) {
    const others = crowded.length > 1 ? ` (and ${crowded.length - 1} more measures)` : "";
    over(
      worst.line,
      `${worst.notes.length} notes on "${worst.name.length > 80 ? `${worst.name.slice(0, 79)}…` : worst.name}"${others}, over the limit of ${limits.maxNotesPerMeasure} per measure (${limitVariables.maxNotesPerMeasure} raises it)`,
    );
  }
  return diagnostics;
}
