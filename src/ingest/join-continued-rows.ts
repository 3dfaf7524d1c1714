import type { Diagnostic } from "../report/diagnostic.js";
import type { TableRow } from "./table-block.js";
import type { Column, ColumnRole } from "./map-columns.js";
import { parseObjectiveCode } from "../report/objective-code.js";
import { normaliseWhitespace, startsLowerCase } from "./sentence-shape.js";

/** A cell of a record: the fragments printed for it, one per row the record spans. */
export interface RecordCell {
  readonly column: Column;
  readonly fragments: string[];
}

/** A table record assembled from its first row and the rows that continue it over page breaks. */
export interface TableRecord {
  /** "SO-nn" or "Overarching Measure" when the cell names one (see parseObjectiveCode), else the cell as printed. */
  readonly code: string;
  readonly line: number;
  readonly cells: RecordCell[];
}

export interface JoinOptions {
  /** Column whose text may be merged with the next record's by the extraction (measure names). */
  readonly mergedTextRole?: ColumnRole;
  readonly file: string;
}

function cellKey(column: Column): string {
  return column.role === "value" || column.role === "target" || column.role === "benchmark"
    ? `${column.role}:${column.header}`
    : column.role;
}

function appendCell(record: TableRecord, column: Column, text: string): void {
  const key = cellKey(column);
  const existing = record.cells.find((cell) => cellKey(cell.column) === key);
  if (existing) existing.fragments.push(text);
  else record.cells.push({ column, fragments: [text] });
}

/** The text of a record's cell: its fragments joined with single spaces. */
export function recordText(record: TableRecord, role: ColumnRole): string | undefined {
  const cell = record.cells.find((candidate) => candidate.column.role === role);
  return cell === undefined ? undefined : normaliseWhitespace(cell.fragments.join(" "));
}

function hasValues(cells: readonly { column: Column; text: string }[]): boolean {
  return cells.some(({ column, text }) => column.role === "value" && text.trim() !== "");
}

/**
 * Splits a name that starts lower-case into the tail of the previous record's name and the start of a new one.
 * The new name is found where the previous name's first two words recur; failing that, at the first capitalised
 * word, but only when both rows carry values (two rows of figures cannot be one measure).
 */
export function splitMergedName(
  text: string,
  previousName: string,
  bothHaveValues: boolean,
): { tail: string; rest: string } {
  const opening = previousName.trim().split(/\s+/).slice(0, 2).join(" ");
  const repeat = opening === "" ? -1 : text.indexOf(` ${opening}`);
  if (repeat > 0) return { tail: text.slice(0, repeat).trim(), rest: text.slice(repeat + 1).trim() };
  const capital = bothHaveValues ? /\s[A-Z][a-z]/.exec(text) : null;
  if (capital) return { tail: text.slice(0, capital.index).trim(), rest: text.slice(capital.index + 1).trim() };
  return { tail: text.trim(), rest: "" };
}

/**
 * Assembles table rows into records. A row whose code cell is empty continues the previous record: each of its
 * non-empty cells is appended to the same column of that record. A row with the previous record's code whose
 * merged-text cell starts lower-case carries the tail of the previous record's text, then (if any) a new record.
 */
export function joinContinuedRows(
  rows: readonly TableRow[],
  columnsFor: (row: TableRow) => readonly Column[],
  options: JoinOptions,
): { records: TableRecord[]; diagnostics: Diagnostic[] } {
  const records: TableRecord[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const row of rows) {
    const cells = columnsFor(row).map((column) => ({ column, text: (row.cells[column.index] ?? "").trim() }));
    const printedCode = cells.find(({ column }) => column.role === "code")?.text ?? "";
    // Codes are compared across rows (a merged name continues the same code), so they are read before comparing.
    const code = printedCode === "" ? "" : (parseObjectiveCode(printedCode) ?? printedCode);
    const previous = records.at(-1);
    if (code === "") {
      if (previous === undefined) {
        diagnostics.push({
          severity: "error",
          file: options.file,
          line: row.line,
          message: 'row with an empty code cell but no record above it to continue: expected a code ("SO-01")',
        });
        continue;
      }
      for (const { column, text } of cells)
        if (text !== "" && column.role !== "code") appendCell(previous, column, text);
      continue;
    }
    const mergedRole = options.mergedTextRole;
    const mergedText = cells.find(({ column }) => column.role === mergedRole)?.text ?? "";
    if (mergedRole && previous && previous.code === code && startsLowerCase(mergedText)) {
      const previousName = recordText(previous, mergedRole) ?? "";
      const previousHasValues = previous.cells.some(
        (cell) => cell.column.role === "value" && cell.fragments.join("").trim() !== "",
      );
      const { tail, rest } = splitMergedName(mergedText, previousName, previousHasValues && hasValues(cells));
      const mergedColumn = cells.find(({ column }) => column.role === mergedRole)?.column;
      if (mergedColumn) appendCell(previous, mergedColumn, tail);
      if (rest === "") {
        for (const { column, text } of cells)
          if (text !== "" && column.role !== "code" && column.role !== mergedRole) appendCell(previous, column, text);
        continue;
      }
      const record: TableRecord = { code, line: row.line, cells: [] };
      for (const { column, text } of cells) appendCell(record, column, column.role === mergedRole ? rest : text);
      records.push(record);
      continue;
    }
    const record: TableRecord = { code, line: row.line, cells: [] };
    for (const { column, text } of cells) appendCell(record, column, text);
    records.push(record);
  }
  return { records, diagnostics };
}
