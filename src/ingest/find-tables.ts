import type { Diagnostic } from "../report/diagnostic.js";
import { fitHeaderCells, fitRowCells } from "./fit-row-cells.js";
import { headerKind } from "./header-kind.js";
import { joinWrappedHeader } from "./join-wrapped-header.js";
import { normaliseWhitespace } from "./sentence-shape.js";
import type { SourceLine } from "./source-line.js";
import type { TableBlock, TableHeader, TableKind, TableRow } from "./table-block.js";

export interface FoundTables {
  /** Every line before the first table header. */
  readonly frontMatter: SourceLine[];
  readonly tables: TableBlock[];
  /** Tab-less lines after the last table. */
  readonly trailing: SourceLine[];
  readonly diagnostics: Diagnostic[];
}

function isRuleDebris(cells: readonly string[]): boolean {
  return cells.every((cell) => /^[\s\-–—_=]*$/.test(cell)) && cells.some((cell) => /[-–—_=]{2,}/.test(cell));
}

/** A page number the PDF export printed at a page break ("12", "Page 12 of 30"): never part of a table or its notes. */
function isPageNumber(text: string): boolean {
  return /^\s*(?:page\s+)?\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?\s*$/i.test(text);
}

/** A "(continued)" mark, or a heading ending in one: inside an open table, the page break it marks continues the table. */
function isContinuedMark(text: string): boolean {
  return /\((?:continued|cont(?:'|’)?d\.?)\)\s*$|^\s*(?:continued|cont(?:'|’)?d\.?)(?:\s+on\s+(?:the\s+)?next\s+page)?\s*$/i.test(
    text,
  );
}

/** Whether a line repeats the heading of the open table, as an export may at the top of the next page. */
function repeatsHeading(open: TableBlock, text: string): boolean {
  const heading = open.lead.at(-1)?.text;
  return heading !== undefined && normaliseWhitespace(heading) === normaliseWhitespace(text);
}

/** A header row found at a line: its cells, its kind and the index of its last line. */
interface FoundHeader {
  readonly header: TableHeader;
  readonly kind: TableKind;
  readonly last: number;
}

/**
 * The header starting at a line, joined with the lines it wraps onto, and the index of its last line; null when none
 * starts there. A header repeating one the open table printed on one line does not wrap: the row after it continues
 * a record over the page break, even when its text reads like a header's ("2023-24" under "Benchmark Group").
 */
function readHeader(lines: readonly SourceLine[], index: number, open: TableBlock | null): FoundHeader | null {
  const first = lines[index] as SourceLine;
  let cells = fitHeaderCells(first.text.split("\t"));
  let kind = headerKind(cells);
  let last = index;
  const printedBefore =
    open?.headers.some((header) => header.endLine === undefined && header.cells.join("\t") === cells.join("\t")) ??
    false;
  while (!printedBefore) {
    let next = last + 1;
    while (next < lines.length && (lines[next] as SourceLine).text.trim() === "") next += 1;
    const nextText = lines[next]?.text ?? "";
    if (!nextText.includes("\t")) break;
    const joined = joinWrappedHeader(cells, fitRowCells(nextText.split("\t"), cells.length));
    if (joined === null) break;
    cells = joined;
    kind = headerKind(cells);
    last = next;
  }
  if (kind === null) return null;
  const endLine = (lines[last] as SourceLine).line;
  return {
    header: endLine === first.line ? { cells, line: first.line } : { cells, line: first.line, endLine },
    kind,
    last,
  };
}

/**
 * Finds the tables of a report by their header rows (a header wrapped over two lines is joined). A header repeated
 * with only blank lines, page numbers, a "(continued)" mark or the table's heading again since the last row is a
 * page break and continues the table; blank rows and table-rule debris ("-----") are dropped; rows are fitted to
 * their header when the export doubled or added tabs.
 */
export function findTables(lines: readonly SourceLine[], file: string): FoundTables {
  const diagnostics: Diagnostic[] = [];
  const tables: TableBlock[] = [];
  const frontMatter: SourceLine[] = [];
  let open: TableBlock | null = null;
  let currentHeader: TableHeader | null = null;
  let pending: SourceLine[] = [];
  // The header last read when no body row has followed it yet: a file that ends there was cut at a page break.
  let headerWithoutRows: TableHeader | null = null;

  for (let index = 0; index < lines.length; index += 1) {
    const sourceLine = lines[index] as SourceLine;
    const { text, line } = sourceLine;
    const found: FoundHeader | null = text.includes("\t") ? readHeader(lines, index, open) : null;
    if (tables.length === 0 && found === null) {
      frontMatter.push(sourceLine);
      if (text.trim() !== "" && !text.includes("\t")) pending.push(sourceLine);
      continue;
    }
    if (text.trim() === "") continue;
    if (!text.includes("\t")) {
      if (isPageNumber(text) || (open !== null && (isContinuedMark(text) || repeatsHeading(open, text)))) continue;
      open = null;
      pending.push(sourceLine);
      continue;
    }
    if (found !== null) {
      const { header, kind }: FoundHeader = found;
      index = found.last;
      headerWithoutRows = header;
      if (open !== null && open.kind === kind) {
        const known = open.headers.find((candidate) => candidate.cells.join("\t") === header.cells.join("\t"));
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
    const cells = fitRowCells(text.split("\t"), currentHeader?.cells.length ?? 0);
    if (isRuleDebris(cells) || cells.every((cell) => cell.trim() === "")) continue;
    headerWithoutRows = null;
    if (open === null || currentHeader === null) {
      diagnostics.push({
        severity: "error",
        file,
        line,
        message: 'table row with no header row above it: expected a header row ("No.\t…") or a heading line before it',
      });
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
      diagnostics.push({
        severity: "error",
        file,
        line,
        message: "table header with no rows below it: expected at least one row (is the file truncated mid-table?)",
      });
    }
  }
  // A last table with no rows at all is reported above; one whose rows stop before a header repeated (or changed) at
  // a page break ends where no report ends.
  if (headerWithoutRows !== null && (tables.at(-1)?.rows.length ?? 0) > 0)
    diagnostics.push({
      severity: "error",
      file,
      line: headerWithoutRows.line,
      message: "the report ends at a table header with no rows under it — is the file cut short?",
    });
  return { frontMatter, tables, trailing: tables.length > 0 ? pending : [], diagnostics };
}
