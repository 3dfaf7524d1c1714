import type { Diagnostic } from "../report/diagnostic.js";
import type { TableHeader, TableKind } from "./find-tables.js";
import { normaliseWhitespace } from "./sentence-shape.js";

export type ColumnRole =
  | "code"
  | "title"
  | "expectedCompletion"
  | "progress"
  | "commentary"
  | "name"
  | "value"
  | "target"
  | "rating"
  | "benchmark"
  | "benchmarkGroup"
  | "frequency"
  | "latestDataAsAt";

/** A header cell mapped to what its column holds. */
export interface Column {
  readonly role: ColumnRole;
  /** The header as printed, whitespace normalised ("Latest Perform ance against target"). */
  readonly header: string;
  readonly index: number;
}

const objectiveRoles: Record<string, ColumnRole> = {
  "no.": "code",
  no: "code",
  strategicobjective: "title",
  expectedcompletion: "expectedCompletion",
  progress: "progress",
  comments: "commentary",
  comment: "commentary",
};

const periodPattern = /\d{4}\s*[-–/]\s*\d{2}|^latest data\b|^quarter \d|\byear end\b/i;
/** What may surround a target keyword: the period it is for ("Performance Target at Q2", "Target for quarter (YTD)", "2024-2025 Target"). */
const targetQualifiers = /^(?:performance|target|for|at|quarter|yearend|q[1-4]|\d{4}-?\d{2,4}|\(ytd\))*$/;

/** Maps a measure-table header cell by its text; words split by the extraction ("Bench mark", "Perform ance") still match. */
function measureRole(header: string, index: number): ColumnRole | null {
  const compact = header.toLowerCase().replace(/\s+/g, "");
  const core = compact.replace(/^latest/, "").replace(/\(ytd\)$/, "");
  if (index === 0 && (compact === "no." || compact === "no" || compact === "strategicobjective")) return "code";
  if (compact === "measure") return "name";
  if (core === "benchmarkgroup") return "benchmarkGroup";
  if (core === "reportingfrequency" || core === "frequency") return "frequency";
  if (core === "dataasat") return "latestDataAsAt";
  if (core === "performanceagainsttarget") return "rating";
  if (core === "benchmark") return "benchmark";
  if (compact.includes("target") && targetQualifiers.test(compact)) return "target";
  if (periodPattern.test(header)) return "value";
  return null;
}

const required: Record<TableKind, ColumnRole[]> = {
  objective: ["code", "title", "progress", "commentary"],
  measure: ["code", "name"],
};

/** Maps each header cell to its column by header text; an unknown or duplicated header is an error with file:line. */
export function mapColumns(kind: TableKind, header: TableHeader, file: string): { columns: Column[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const columns: Column[] = [];
  header.cells.forEach((cell, index) => {
    const text = normaliseWhitespace(cell);
    const role = kind === "objective" ? objectiveRoles[text.toLowerCase().replace(/\s+/g, "")] : measureRole(text, index);
    if (role === undefined || role === null) {
      const expected =
        kind === "objective"
          ? "one of No. | Strategic Objective | Expected Completion | Progress | Comments"
          : "a period (\"Quarter 2 2025-26 YTD\", \"2024- 25\", \"Year End 2022-23\"), a target, performance against target, benchmark, benchmark group, latest data as at or reporting frequency";
      diagnostics.push({ severity: "error", file, line: header.line, message: `unknown column header "${text}" in ${kind} table: expected ${expected}` });
      return;
    }
    if (role !== "value" && columns.some((column) => column.role === role)) {
      diagnostics.push({ severity: "error", file, line: header.line, message: `column header "${text}" repeats the ${role} column of this ${kind} table` });
      return;
    }
    columns.push({ role, header: text, index });
  });
  for (const role of required[kind]) {
    if (diagnostics.length === 0 && !columns.some((column) => column.role === role)) {
      diagnostics.push({ severity: "error", file, line: header.line, message: `${kind} table header has no ${role} column` });
    }
  }
  return { columns, diagnostics };
}
