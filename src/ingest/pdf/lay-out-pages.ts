import type { TableKind } from "../table-block.js";
import { columnAt, columnBounds } from "./column-bounds.js";
import { findTableHeader, startsCode, type FoundHeader, type HeaderColumn } from "./find-table-header.js";
import type { PdfLine } from "./group-lines.js";
import { joinRuns, joinWrapped } from "./join-runs.js";

/** A line of the text the report parser reads, with the PDF page it starts on. */
export interface PagedLine {
  readonly text: string;
  readonly page: number;
}

/** An open table: its header, column bounds, and rows as cells of paragraphs. */
interface OpenTable {
  readonly kind: TableKind;
  readonly columns: HeaderColumn[];
  readonly fonts: ReadonlySet<string>;
  bounds: number[];
  readonly rows: { page: number; cells: string[][] }[];
}

/** A paragraph being read: its text so far, the page it starts on, its last line and its indent from the margin. */
interface OpenParagraph {
  readonly text: string;
  readonly page: number;
  readonly last: PdfLine;
  readonly indent: number;
}

/** Vertical distance between lines of one cell or paragraph, as a share of the font size, beyond which a new one starts. */
const wrapPitch = 1.5;

/**
 * Lays out the body lines of a PDF's pages as the text the report parser reads: each table one header line and one
 * tab-separated line per row (a wrapped cell's lines joined, a row split over a page break joined, a header repeated
 * on the next page read once), each paragraph, heading or bullet one line, blank lines between blocks.
 */
export function layOutPages(pages: readonly PdfLine[][]): PagedLine[] {
  const out: PagedLine[] = [];
  let table: OpenTable | null = null;
  let paragraph: OpenParagraph | null = null;
  // Paragraphs printed indented from the page's text margin, two or more in a row at one indent, are a list whose
  // bullets the PDF draws as graphics (a browser's list markers are not in the text layer).
  let list: { text: string; page: number; indent: number }[] = [];
  const flushList = () => {
    const bulleted = list.length >= 2;
    // A contents entry (text, then its page number) is never a bullet, however indented the contents list is.
    for (const item of list)
      out.push(
        {
          text: bulleted && !item.text.startsWith("- ") && !item.text.includes("\t") ? `- ${item.text}` : item.text,
          page: item.page,
        },
        { text: "", page: item.page },
      );
    list = [];
  };
  const flushParagraph = () => {
    if (paragraph === null) return;
    const { text, page, indent } = paragraph as { text: string; page: number; indent: number };
    if (list.length > 0 && (indent <= 0 || Math.abs((list[0] as { indent: number }).indent - indent) > 1)) flushList();
    list.push({ text, page, indent });
    if (indent <= 0) flushList();
    paragraph = null;
  };
  const flushTable = () => {
    if (!table) return;
    flushList();
    const page = table.rows[0]?.page ?? 0;
    out.push({ text: table.columns.map((column) => column.text).join("\t"), page });
    for (const row of table.rows) out.push({ text: row.cells.map(cellText).join("\t"), page: row.page });
    out.push({ text: "", page });
    table = null;
  };

  for (const lines of pages) {
    let index = 0;
    const margin = Math.min(...lines.map((line) => line.left));
    const pitch = linePitch(lines);
    while (index < lines.length) {
      const header = findTableHeader(lines, index);
      if (header) {
        flushParagraph();
        const repeats = table !== null && sameHeader(table, header);
        if (!repeats) {
          flushTable();
          table = { kind: header.kind, columns: header.columns, fonts: header.fonts, bounds: [], rows: [] };
        }
        const body = tableBody(lines, header.last + 1, header.columns);
        readRows(
          table as OpenTable,
          lines.slice(header.first, header.last + 1),
          lines.slice(header.last + 1, body),
          !repeats,
        );
        index = body;
        continue;
      }
      if (table !== null && index === 0) {
        // A table running on from the page before, without its header repeated.
        const body = tableBody(lines, 0, (table as OpenTable).columns);
        if (body > 0) {
          readRows(table, [], lines.slice(0, body), false);
          index = body;
          continue;
        }
      }
      flushTable();
      const line = lines[index] as PdfLine;
      const text = proseText(line);
      const open = paragraph as OpenParagraph | null;
      if (open !== null && continuesEntry(open.last, line, open.text, text)) {
        const [entry, ...rest] = open.text.split("\t");
        paragraph = { ...open, text: [joinWrapped(entry ?? "", text), ...rest].join("\t"), last: line };
      } else if (open !== null && continuesParagraph(open.last, line, open.text, text, lines, pitch))
        paragraph = { ...open, text: joinWrapped(open.text, text), last: line };
      else {
        flushParagraph();
        paragraph = {
          text,
          page: line.page,
          last: line,
          indent: line.left - margin > 0.8 * line.size ? line.left - margin : 0,
        };
      }
      index += 1;
    }
    // A paragraph may run on over the page break: keep it open only if it stops mid-sentence.
    if (paragraph !== null && /[.!?:]["'’”)\]]*$/.test((paragraph as { text: string }).text)) flushParagraph();
  }
  flushParagraph();
  flushList();
  flushTable();
  return out;
}

/** Whether a line finishes a contents entry wrapped above it ("Outcome 1 - …" + page number, then the entry's last words). */
function continuesEntry(above: PdfLine, line: PdfLine, aboveText: string, text: string): boolean {
  return (
    aboveText.includes("\t") &&
    !text.includes("\t") &&
    above.page === line.page &&
    line.top - above.top <= wrapPitch * line.size &&
    Math.abs(line.left - above.left) <= 0.5 * line.size
  );
}

/** Whether a header repeats the open table's (same kind and column texts), as at the top of a continued page. */
function sameHeader(table: OpenTable, header: FoundHeader): boolean {
  return (
    table.kind === header.kind &&
    table.columns.length === header.columns.length &&
    table.columns.every((column, index) => column.text === header.columns[index]?.text)
  );
}

/**
 * The index after the last line of a table body starting at `from`: the body runs on while no run of a line spans two
 * columns (text crossing the centres of two header cells is a paragraph or heading, not a cell) and no new header starts.
 */
function tableBody(lines: readonly PdfLine[], from: number, columns: readonly HeaderColumn[]): number {
  const centres = columns.map((column) => (column.left + column.right) / 2);
  let index = from;
  while (index < lines.length) {
    const line = lines[index] as PdfLine;
    const spans = line.items.some(
      (item) => centres.filter((centre) => centre > item.x && centre < item.x + item.width).length >= 2,
    );
    if (spans || (index > from && findTableHeader(lines, index) !== null)) break;
    index += 1;
  }
  return index;
}

/** Adds a page's body lines to a table: rows start at a code in the first column, or at a gap wider than a wrapped line's. */
function readRows(table: OpenTable, headerLines: readonly PdfLine[], body: readonly PdfLine[], fresh: boolean): void {
  if (body.length === 0) return;
  if (fresh || headerLines.length > 0 || table.bounds.length === 0)
    table.bounds = columnBounds(table.columns, [...headerLines, ...body]);
  const width = table.columns.length;
  const pitch = linePitch(body);
  let current: { page: number; cells: string[][]; lastTop: number[] } | null = null;
  let firstOnPage = true;
  let previousTop = Number.NEGATIVE_INFINITY;
  for (const line of body) {
    const cells: (typeof line.items)[] = Array.from({ length: width }, () => []);
    for (const item of line.items) cells[columnAt(table.bounds, item.x, item.width)]?.push(item);
    const firstText = joinRuns(cells[0] ?? []);
    const gap = line.top - previousTop;
    const startsRow = firstText !== "" && (current === null || startsCode(firstText) || gap > wrapPitch * pitch);
    if (startsRow || current === null) {
      if (current === null && firstOnPage && !startsRow && table.rows.length > 0) {
        // The first line on a page with nothing in the first column finishes the row the previous page split.
        const previous = table.rows.at(-1) as { page: number; cells: string[][] };
        current = {
          page: previous.page,
          cells: previous.cells,
          lastTop: Array.from({ length: width }, () => Number.NEGATIVE_INFINITY),
        };
        table.rows.pop();
      } else
        current = {
          page: line.page,
          cells: Array.from({ length: width }, () => []),
          lastTop: Array.from({ length: width }, () => Number.NEGATIVE_INFINITY),
        };
      table.rows.push(current);
    }
    cells.forEach((items, column) => {
      if (items.length === 0 || current === null) return;
      const text = joinRuns(items);
      const paragraphs = current.cells[column] as string[];
      const newParagraph =
        paragraphs.length === 0 ||
        line.top - (current.lastTop[column] as number) > pitch + Math.max(1, 0.12 * line.size);
      if (newParagraph && (paragraphs.length === 0 || Number.isFinite(current.lastTop[column] as number)))
        paragraphs.push(text);
      else paragraphs[paragraphs.length - 1] = joinWrapped(paragraphs.at(-1) ?? "", text);
      current.lastTop[column] = line.top;
    });
    firstOnPage = false;
    previousTop = line.top;
  }
}

/** The usual distance between the baselines of a wrapped cell's lines: the most common gap between successive lines. */
function linePitch(lines: readonly PdfLine[]): number {
  // Lines closer than 0.9 of the font size are not successive lines of one cell (their text would overlap) but cells
  // of one row printed at slightly different heights.
  const gaps = lines
    .slice(1)
    .map((line, index) => Math.round((line.top - (lines[index] as PdfLine).top) * 2) / 2)
    .filter((gap, index) => gap >= 0.9 * (lines[index + 1] as PdfLine).size);
  const counts = new Map<number, number>();
  for (const gap of gaps) counts.set(gap, (counts.get(gap) ?? 0) + 1);
  const common = [...counts.entries()].sort((first, second) => second[1] - first[1] || first[0] - second[0])[0]?.[0];
  return common ?? 1.2 * (lines[0]?.size ?? 10);
}

/** A cell's text: its paragraphs as the commentary HTML the parser splits when there are several, else the text. */
function cellText(paragraphs: readonly string[]): string {
  return paragraphs.length > 1 ? paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join("") : (paragraphs[0] ?? "");
}

/** A prose line's text: runs far apart (a contents entry and its page) split by a tab, a bullet glyph as "- ". */
function proseText(line: PdfLine): string {
  const parts: (typeof line.items)[] = [];
  let end = Number.NEGATIVE_INFINITY;
  for (const item of line.items) {
    if (parts.length === 0 || item.x - end > 1.5 * item.size) parts.push([item]);
    else parts.at(-1)?.push(item);
    end = Math.max(end, item.x + item.width);
  }
  const text = parts.map(joinRuns).join("\t");
  return text.replace(/^[•●▪◦‣∙·]\s*/, "- ");
}

/**
 * Whether a prose line continues the paragraph above: at the page's usual line pitch below it (any extra space, as
 * paragraph or list-item spacing adds, starts a new one), same size and font, not a bullet, the line above full.
 */
function continuesParagraph(
  above: PdfLine,
  line: PdfLine,
  aboveText: string,
  text: string,
  lines: readonly PdfLine[],
  pitch: number,
): boolean {
  if (text.startsWith("- ") || text.includes("\t") || aboveText.includes("\t")) return false;
  if (above.page !== line.page) return /^[a-z]/.test(text);
  const sameSize = Math.abs(above.size - line.size) <= 0.1 * line.size;
  // A line running on mid-sentence in lower case continues at its own font's line pitch, even under a short line: a
  // heading, larger than the body text, wrapped in a narrow box.
  if (
    sameSize &&
    /^[a-z]/.test(text) &&
    !/[.!?:]["'’”)\]]*$/.test(aboveText) &&
    line.top - above.top <= wrapPitch * line.size
  )
    return true;
  const usual = Math.min(pitch, wrapPitch * line.size);
  if (
    line.top - above.top > usual + Math.max(1, 0.12 * line.size) ||
    Math.abs(above.size - line.size) > 0.1 * line.size
  )
    return false;
  if ((above.items[0]?.font ?? "") !== (line.items[0]?.font ?? "")) return false;
  const right = Math.max(...lines.map((candidate) => candidate.right));
  return above.right >= right - 0.2 * (right - Math.min(...lines.map((candidate) => candidate.left)));
}
