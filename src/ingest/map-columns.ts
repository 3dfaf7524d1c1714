import type { Diagnostic } from "../report/diagnostic.js";
import { columnRole, type ColumnRole } from "./column-role.js";
import type { TableHeader, TableKind } from "./table-block.js";
import { normaliseWhitespace } from "./sentence-shape.js";

export type { ColumnRole } from "./column-role.js";

/** A header cell mapped to what its column holds. */
export interface Column {
  readonly role: ColumnRole;
  /** The header as printed, whitespace normalised ("Latest Perform ance against target"). */
  readonly header: string;
  readonly index: number;
}

const required: Record<TableKind, ColumnRole[]> = {
  objective: ["code", "title", "progress", "commentary"],
  measure: ["code", "name"],
};

const expectedHeaders: Record<TableKind, string> = {
  objective: "one of No. | Strategic Objective | Expected Completion | Progress | Comments",
  measure:
    'a period ("Quarter 2 2025-26 YTD", "2024- 25", "Year End 2022-23"), a target, performance against target, benchmark, benchmark group, latest data as at or reporting frequency',
};

/** Where a header sits, for messages: its line, or its lines when it wraps. */
function headerPlace(header: TableHeader): string {
  return header.endLine !== undefined && header.endLine !== header.line
    ? ` (header row over lines ${header.line}–${header.endLine})`
    : "";
}

/**
 * Maps each header cell to its column by header text. An unknown header, or the same role twice, is an error with
 * file:line. Known columns the records have no field for ("Direction of Travel") are left out with a warning, and so
 * is an earlier period's copy of a one-per-row column ("Q2 Progress" before "Q3 Progress": columns run oldest first).
 */
export function mapColumns(
  kind: TableKind,
  header: TableHeader,
  file: string,
): { columns: Column[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const columns: Column[] = [];
  const periodQualified = new Set<number>();
  const place = headerPlace(header);
  header.cells.forEach((cell, index) => {
    const text = normaliseWhitespace(cell);
    const meaning = columnRole(kind, text, index);
    if (meaning === null) {
      const what = text === "" ? `blank column header (column ${index + 1})` : `unknown column header "${text}"`;
      diagnostics.push({
        severity: "error",
        file,
        line: header.line,
        message: `${what} in ${kind} table${place}: expected ${expectedHeaders[kind]}`,
      });
      return;
    }
    if (meaning.role === "unkept") {
      diagnostics.push({
        severity: "warning",
        file,
        line: header.line,
        message: `column "${text}" of this ${kind} table is not kept: the records have no field for it`,
      });
      return;
    }
    const role = meaning.role;
    const earlier = role === "value" ? -1 : columns.findIndex((column) => column.role === role);
    if (earlier >= 0) {
      const previous = columns[earlier] as Column;
      if (!(meaning.period && periodQualified.has(previous.index))) {
        diagnostics.push({
          severity: "error",
          file,
          line: header.line,
          message: `column header "${text}" repeats the ${role} column of this ${kind} table`,
        });
        return;
      }
      diagnostics.push({
        severity: "warning",
        file,
        line: header.line,
        message: `column "${previous.header}" is an earlier period's ${role} column: the records keep "${text}"`,
      });
      columns.splice(earlier, 1);
    }
    if (meaning.period) periodQualified.add(index);
    columns.push({ role, header: text, index });
  });
  for (const role of required[kind]) {
    if (
      !diagnostics.some((diagnostic) => diagnostic.severity === "error") &&
      !columns.some((column) => column.role === role)
    ) {
      diagnostics.push({
        severity: "error",
        file,
        line: header.line,
        message: `${kind} table header has no ${role} column`,
      });
    }
  }
  return { columns, diagnostics };
}
