import { objectiveCode } from "../report/objective-code.js";
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
 * Compares the progress ratings read from the tables with the counts the report states in prose ("of the 25 Strategic
 * Objectives … 20 show good progress, 3 require review and 2 require action"). Fewer objectives than the report states
 * — or than its rating counts add up to, when it states no total — is an error naming both numbers and the line of
 * the statement: rows were lost or the file is cut short, which no report does to itself. Everything else is the
 * report's own inconsistency and a warning: more objectives than stated (a cut cannot add rows), rating counts that
 * differ from the tables, or a total its own rating counts do not add up to.
 */
export function checkStatedCounts(
  stated: StatedCounts | null,
  objectives: readonly Objective[],
  file: string,
  lines: readonly SourceLine[],
): Diagnostic[] {
  if (stated === null) return [];
  const line = lines.find((candidate) => candidate.text.includes(stated.sentence.slice(0, 40)))?.line ?? 0;
  const counted = categories.map(([key]) => stated[key]).filter((count): count is number => count !== null);
  const countedSum = counted.reduce((sum, count) => sum + count, 0);
  const expected = stated.total ?? countedSum;
  if (objectives.length < expected) {
    // Rating counts cannot be compared when rows are missing; the error says what matters.
    const says =
      stated.total !== null
        ? `states ${stated.total} strategic objectives`
        : `counts ${countedSum} strategic objectives by progress rating`;
    return [
      {
        severity: "error",
        file,
        line,
        message: `the report ${says} but its tables hold ${objectives.length}${missingCodes(objectives, expected)}: expected every objective row (is the file truncated mid-table?)`,
      },
    ];
  }
  const diagnostics: Diagnostic[] = [];
  const warn = (message: string) => diagnostics.push({ severity: "warning", file, line, message });
  if (stated.total !== null && objectives.length > stated.total) {
    warn(
      `the report's prose states ${stated.total} strategic objectives, but its tables hold ${objectives.length}: the report's own count differs (a cut file cannot add rows)`,
    );
  }
  if (stated.total !== null && counted.length === categories.length && countedSum !== stated.total) {
    warn(
      `the report's prose states ${stated.total} strategic objectives, but its own rating counts add up to ${countedSum}`,
    );
  }
  const blank = objectives.filter((objective) => objective.progress === null).length;
  for (const [key, rating, phrase] of categories) {
    const parsed = objectives.filter((objective) => objective.progress === rating).length;
    const claimed = stated[key];
    if ((claimed ?? 0) !== parsed) {
      const blanks = blank > 0 ? ` (${blank} progress cells are blank)` : "";
      const says =
        claimed === null
          ? `does not count any objectives as ${phrase}`
          : `says ${claimed} ${claimed === 1 ? "is" : "are"} ${phrase}`;
      warn(`the report's prose ${says}, but its tables rate ${parsed} as ${rating}${blanks}`);
    }
  }
  return diagnostics;
}

/** " (SO-24 and SO-25 missing after SO-23, line 236)": which codes a cut took, when the codes run 1, 2, 3… as they do. */
function missingCodes(objectives: readonly Objective[], expected: number): string {
  const numbers = objectives.map((objective) => Number(/(\d+)$/.exec(objective.code)?.[1] ?? Number.NaN));
  if (numbers.some((number) => !Number.isInteger(number))) return "";
  const present = new Set(numbers);
  const missing = Array.from({ length: expected }, (_unused, index) => index + 1).filter(
    (number) => !present.has(number),
  );
  if (missing.length === 0 || missing.length !== expected - objectives.length) return "";
  const code = objectiveCode;
  const named =
    missing.length === 1
      ? code(missing[0]!)
      : missing.length === 2
        ? `${code(missing[0]!)} and ${code(missing[1]!)}`
        : `${code(missing[0]!)} to ${code(missing.at(-1)!)}`;
  const contiguousTail = missing[0] === objectives.length + 1 && missing.at(-1) === expected;
  const last = objectives.at(-1);
  if (contiguousTail && last) return ` (${named} missing after ${last.code}, line ${last.line})`;
  return contiguousTail || missing.length <= 3 ? ` (${missing.map(code).join(", ")} missing)` : "";
}
