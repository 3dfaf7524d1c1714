import { columnRole } from "./column-role.js";
import type { TableKind } from "./table-block.js";

/**
 * The kind of table a row heads, or null when the row is not a table header: a code column ("No.", "Strategic
 * Objective") followed by the objective's title ("Strategic Objective") or the measure's name ("Measure").
 */
export function headerKind(cells: readonly string[]): TableKind | null {
  if (cells.length < 2 || columnRole("measure", cells[0] ?? "", 0)?.role !== "code") return null;
  const second = cells[1] ?? "";
  if (columnRole("objective", second, 1)?.role === "title") return "objective";
  if (columnRole("measure", second, 1)?.role === "name") return "measure";
  return null;
}
