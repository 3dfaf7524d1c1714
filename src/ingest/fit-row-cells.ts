function isBlank(cell: string | undefined): boolean {
  return (cell ?? "").trim() === "";
}

function withoutTrailingBlanks(cells: readonly string[], floor: number): string[] {
  let end = cells.length;
  while (end > floor && isBlank(cells[end - 1])) end -= 1;
  return cells.slice(0, end);
}

/** Whether every second cell is blank: the row was exported with each tab doubled. */
function isDoubled(cells: readonly string[]): boolean {
  return cells.length >= 3 && cells.length % 2 === 1 && cells.every((cell, index) => index % 2 === 0 || isBlank(cell));
}

function everySecond(cells: readonly string[]): string[] {
  return cells.filter((_cell, index) => index % 2 === 0);
}

/** A header row's cells without export debris: trailing tabs dropped, doubled tabs undone (a header has no blank cells). */
export function fitHeaderCells(cells: readonly string[]): string[] {
  const trimmed = withoutTrailingBlanks(cells, 0);
  return isDoubled(trimmed) ? everySecond(trimmed) : trimmed;
}

/**
 * A body row's cells fitted to its header's width when the export added tabs: a row of 2n-1 cells whose every
 * second cell is blank had its tabs doubled; blank cells past the last column came from trailing tabs. Any other
 * width is left as it is, for the caller to report.
 */
export function fitRowCells(cells: readonly string[], width: number): string[] {
  if (cells.length <= width) return [...cells];
  const doubled = withoutTrailingBlanks(cells, 2 * width - 1);
  if (doubled.length === 2 * width - 1 && isDoubled(doubled)) return everySecond(doubled);
  return withoutTrailingBlanks(cells, width);
}
