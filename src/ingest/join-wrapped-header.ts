import { columnRole } from "./column-role.js";
import type { TableKind } from "./table-block.js";
import { headerKind } from "./header-kind.js";
import { parsePrintedValue } from "./parse-printed-value.js";
import { joinWithSpace } from "./sentence-shape.js";

function unknownCount(kind: TableKind, cells: readonly string[]): number {
  return cells.filter((cell, index) => columnRole(kind, cell, index) === null).length;
}

/**
 * The header row a wrapped header makes with the next row, or null when the next row does not continue it.
 * The next row continues the header when it has as many cells, holds no figure, and joining it column by column
 * either makes a header of a row that was none ("Strategic" / "Objective") or leaves no more unknown columns than
 * before ("Latest Performance" / "against target"; "Quarter 3 2025-26" / "YTD"). A row continuing a record over a
 * page break fails this: its name or comment text makes the joined header unknown ("Measure Derbyshire outstanding…").
 */
export function joinWrappedHeader(cells: readonly string[], next: readonly string[]): string[] | null {
  if (next.length !== cells.length || next.every((cell) => cell.trim() === "")) return null;
  if (next.some((cell) => parsePrintedValue(cell).number !== null)) return null;
  const joined = cells.map((cell, index) => joinWithSpace(cell, next[index] ?? ""));
  const kind = headerKind(cells);
  const joinedKind = headerKind(joined);
  if (joinedKind === null) return null;
  if (kind === null) return joined;
  if (joinedKind !== kind || unknownCount(kind, joined) > unknownCount(kind, cells)) return null;
  return joined;
}
