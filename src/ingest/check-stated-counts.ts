import type { Diagnostic } from "../report/diagnostic.js";
import type { Objective } from "../report/objective.js";
import type { StatedCounts } from "../report/report.js";
import type { SourceLine } from "./source-line.js";

const categories = [
  ["complete", "Complete", "completed"],
  ["good", "Good", "showing good progress"],
  ["review", "Review", "requiring review"],
  ["action", "Action", "requiring action"],
] as const;

/**
 * Compares the progress ratings read from the tables with the counts the report states in prose. A different number
 * of objectives is an error (rows were lost or the file is cut short); otherwise a different rating count is a warning.
 */
export function checkStatedCounts(stated: StatedCounts | null, objectives: readonly Objective[], file: string, lines: readonly SourceLine[]): Diagnostic[] {
  if (stated === null) return [];
  const line = lines.find((candidate) => candidate.text.includes(stated.sentence.slice(0, 40)))?.line ?? 0;
  const diagnostics: Diagnostic[] = [];
  if (stated.total !== null && stated.total !== objectives.length) {
    // Rating counts cannot be compared when rows are missing; the error says what matters.
    return [{ severity: "error", file, line, message: `the report states ${stated.total} strategic objectives but its tables hold ${objectives.length}: expected every objective row (is the file truncated mid-table?)` }];
  }
  const blank = objectives.filter((objective) => objective.progress === null).length;
  for (const [key, rating, phrase] of categories) {
    const parsed = objectives.filter((objective) => objective.progress === rating).length;
    const claimed = stated[key];
    if ((claimed ?? 0) !== parsed) {
      const blanks = blank > 0 ? ` (${blank} progress cells are blank)` : "";
      const says = claimed === null ? `does not count any objectives as ${phrase}` : `says ${claimed} ${claimed === 1 ? "is" : "are"} ${phrase}`;
      diagnostics.push({ severity: "warning", file, line, message: `the report's prose ${says}, but its tables rate ${parsed} as ${rating}${blanks}` });
    }
  }
  return diagnostics;
}
