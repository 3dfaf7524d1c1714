import type { TableKind } from "../table-block.js";
import { headerKind } from "../header-kind.js";
import type { PdfLine } from "./group-lines.js";
import { joinRuns, joinWrapped } from "./join-runs.js";

/** A header cell: its text (a wrapped header's lines joined) and the x-extent of the printed words. */
export interface HeaderColumn {
  readonly text: string;
  readonly left: number;
  readonly right: number;
}

/** A table header found at a line: its kind, columns left to right, and the index of its last line. */
export interface FoundHeader {
  readonly kind: TableKind;
  readonly columns: HeaderColumn[];
  readonly first: number;
  readonly last: number;
  readonly fonts: ReadonlySet<string>;
}

/** A header prints over at most this many lines (cells like "Quarter 2 2024-25 YTD" wrap in narrow columns). */
const maxHeaderLines = 5;

/** Whether a line's first text starts an objective code ("SO-01", or "SO-" wrapped before its number). */
export function startsCode(text: string): boolean {
  return /^[A-Z]{1,4}\s?-\s?(?:\d|$)|^[A-Z]{1,4}\d{1,3}\b/.test(text.trim());
}

/**
 * Groups the runs of some lines into columns: runs that overlap across, or nearly touch, share a column. The
 * columns' texts read each column top to bottom.
 */
export function groupColumns(lines: readonly PdfLine[]): HeaderColumn[] {
  const runs = lines.flatMap((line, order) => line.items.map((item) => ({ item, order })));
  runs.sort((first, second) => first.item.x - second.item.x);
  const groups: { left: number; right: number; runs: typeof runs }[] = [];
  for (const run of runs) {
    const last = groups.at(-1);
    if (last && run.item.x <= last.right + 0.3 * run.item.size) {
      last.right = Math.max(last.right, run.item.x + run.item.width);
      last.runs.push(run);
    } else groups.push({ left: run.item.x, right: run.item.x + run.item.width, runs: [run] });
  }
  return groups.map((group) => {
    const byLine = new Map<number, (typeof runs)[number]["item"][]>();
    for (const { item, order } of group.runs) byLine.set(order, [...(byLine.get(order) ?? []), item]);
    const text = [...byLine.entries()]
      .sort(([first], [second]) => first - second)
      .reduce((joined, [, items]) => joinWrapped(joined, joinRuns(items)), "");
    return { text, left: group.left, right: group.right };
  });
}

/**
 * The table header starting at a line, or null: the fewest lines from there whose columns read as an objective or
 * measure header, extended over the lines the header wraps onto (close below, in the header's fonts, not a code).
 */
export function findTableHeader(lines: readonly PdfLine[], first: number): FoundHeader | null {
  for (let last = first; last < Math.min(lines.length, first + maxHeaderLines); last += 1) {
    if (last > first && !closeBelow(lines[last - 1] as PdfLine, lines[last] as PdfLine)) return null;
    const columns = groupColumns(lines.slice(first, last + 1));
    // A row whose first cell is a code ("SO-03") is data, even where its cells read like header words.
    if (startsCode(columns[0]?.text ?? "")) return null;
    const kind = headerKind(columns.map((column) => column.text));
    if (kind === null) continue;
    const fonts = new Set(lines.slice(first, last + 1).flatMap((line) => line.items.map((item) => item.font)));
    let end = last;
    while (end + 1 < lines.length && end + 1 < first + maxHeaderLines) {
      const next = lines[end + 1] as PdfLine;
      if (
        !closeBelow(lines[end] as PdfLine, next) ||
        !next.items.every((item) => fonts.has(item.font)) ||
        startsCode(joinRuns(next.items.slice(0, 1)))
      )
        break;
      const wider = groupColumns(lines.slice(first, end + 2));
      if (wider.length !== columns.length || headerKind(wider.map((column) => column.text)) !== kind) break;
      end += 1;
    }
    return { kind, columns: groupColumns(lines.slice(first, end + 1)), first, last: end, fonts };
  }
  return null;
}

function closeBelow(above: PdfLine, below: PdfLine): boolean {
  return below.page === above.page && below.top - above.top <= 1.5 * Math.max(above.size, below.size);
}
