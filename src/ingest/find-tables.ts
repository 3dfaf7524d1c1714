import type { Diagnostic } from "../report/diagnostic.js";
import type { SourceLine } from "./source-line.js";

export type TableKind = "objective" | "measure";

/** A header row: the cells as printed and where it sits. */
export interface TableHeader {
  readonly cells: readonly string[];
  readonly line: number;
}

/** A body row with the header it sits under (a table can change header without a heading, e.g. two overarching tables). */
export interface TableRow {
  readonly cells: readonly string[];
  readonly line: number;
  readonly header: TableHeader;
}

/** A table: its header rows (repeated at page breaks only once), body rows, and the text lines printed before it. */
export interface TableBlock {
  readonly kind: TableKind;
  /** Tab-less lines since the previous table (or from the file start): notes of the previous table, section heading, heading. */
  readonly lead: SourceLine[];
  readonly headers: TableHeader[];
  readonly rows: TableRow[];
}

export interface FoundTables {
  /** Every line before the first table header. */
  readonly frontMatter: SourceLine[];
  readonly tables: TableBlock[];
  /** Tab-less lines after the last table. */
  readonly trailing: SourceLine[];
  readonly diagnostics: Diagnostic[];
}

const codeHeaders = new Set(["no.", "no", "strategic objective"]);

/** The kind of table a row heads, or null when the row is not a table header. */
export function headerKind(cells: readonly string[]): TableKind | null {
  const first = (cells[0] ?? "").trim().toLowerCase();
  const second = (cells[1] ?? "").trim().toLowerCase();
  if (!codeHeaders.has(first)) return null;
  if (second === "strategic objective") return "objective";
  if (second === "measure") return "measure";
  return null;
}

function isRuleDebris(cells: readonly string[]): boolean {
  return cells.every((cell) => /^[\s\-–—_=]*$/.test(cell)) && cells.some((cell) => /[-–—_=]{2,}/.test(cell));
}

/**
 * Finds the tables of a report by their header rows. A header repeated with only blank lines since the last row is a
 * page break and continues the table; blank rows and table-rule debris ("-----") are dropped.
 */
export function findTables(lines: readonly SourceLine[], file: string): FoundTables {
  const diagnostics: Diagnostic[] = [];
  const tables: TableBlock[] = [];
  const frontMatter: SourceLine[] = [];
  let open: TableBlock | null = null;
  let currentHeader: TableHeader | null = null;
  let pending: SourceLine[] = [];

  for (const sourceLine of lines) {
    const { text, line } = sourceLine;
    if (tables.length === 0 && headerKind(text.split("\t")) === null) {
      frontMatter.push(sourceLine);
      if (text.trim() !== "" && !text.includes("\t")) pending.push(sourceLine);
      continue;
    }
    if (text.trim() === "") continue;
    if (!text.includes("\t")) {
      open = null;
      pending.push(sourceLine);
      continue;
    }
    const cells = text.split("\t");
    const kind = headerKind(cells);
    if (kind !== null) {
      const header: TableHeader = { cells, line };
      if (open !== null && open.kind === kind) {
        const known = open.headers.find((candidate) => candidate.cells.join("\t") === text);
        if (known === undefined) open.headers.push(header);
        currentHeader = known ?? header;
      } else {
        open = { kind, lead: pending, headers: [header], rows: [] };
        tables.push(open);
        pending = [];
        currentHeader = header;
      }
      continue;
    }
    if (isRuleDebris(cells) || cells.every((cell) => cell.trim() === "")) continue;
    if (open === null || currentHeader === null) {
      diagnostics.push({ severity: "error", file, line, message: "table row with no header row above it: expected a header row (\"No.\t…\") or a heading line before it" });
      continue;
    }
    if (cells.length !== currentHeader.cells.length) {
      diagnostics.push({
        severity: "error",
        file,
        line,
        message: `table row has ${cells.length} cells where the header at line ${currentHeader.line} has ${currentHeader.cells.length}: expected a complete row (is the file truncated mid-table?)`,
      });
      continue;
    }
    open.rows.push({ cells, line, header: currentHeader });
  }
  for (const table of tables) {
    if (table.rows.length === 0) {
      const line = table.headers[0]?.line ?? 0;
      diagnostics.push({ severity: "error", file, line, message: "table header with no rows below it: expected at least one row (is the file truncated mid-table?)" });
    }
  }
  return { frontMatter, tables, trailing: tables.length > 0 ? pending : [], diagnostics };
}
