import type { HeaderColumn } from "./find-table-header.js";
import type { PdfLine } from "./group-lines.js";

/**
 * Where each column of a table ends and the next begins, from positions alone: between two header cells' centres,
 * the widest strip that no text of the header or the rows crosses (a cell's text never crosses into the next cell,
 * whether the cells are left-aligned, centred or right-aligned); the midpoint between the header texts when no strip
 * is clear. Returns one boundary per gap between columns, left to right.
 */
export function columnBounds(columns: readonly HeaderColumn[], lines: readonly PdfLine[]): number[] {
  const covered = lines
    .flatMap((line) => line.items.map((item) => [item.x, item.x + item.width] as const))
    .concat(columns.map((column) => [column.left, column.right] as const))
    .sort((first, second) => first[0] - second[0]);
  const merged: [number, number][] = [];
  for (const [left, right] of covered) {
    const last = merged.at(-1);
    if (last && left <= last[1]) last[1] = Math.max(last[1], right);
    else merged.push([left, right]);
  }
  const strips = merged
    .slice(1)
    .map((interval, index) => [(merged[index] as [number, number])[1], interval[0]] as const);
  return columns.slice(1).map((column, index) => {
    const previous = columns[index] as HeaderColumn;
    const from = (previous.left + previous.right) / 2;
    const to = (column.left + column.right) / 2;
    const inside = strips.filter(([left, right]) => left >= from && right <= to);
    const widest = inside.sort((first, second) => second[1] - second[0] - (first[1] - first[0]))[0];
    return widest ? (widest[0] + widest[1]) / 2 : (previous.right + column.left) / 2;
  });
}

/** The column a run belongs to: the one its centre falls in. */
export function columnAt(bounds: readonly number[], x: number, width: number): number {
  const centre = x + width / 2;
  const index = bounds.findIndex((bound) => centre < bound);
  return index < 0 ? bounds.length : index;
}
