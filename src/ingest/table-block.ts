import type { SourceLine } from "./source-line.js";

/** Which kind of table a header starts. */
export type TableKind = "objective" | "measure";

/** A header row: the cells as printed (a wrapped header's lines joined) and where it sits. */
export interface TableHeader {
  readonly cells: readonly string[];
  readonly line: number;
  /** The last line of a header wrapped over several lines; absent or equal to `line` for a one-line header. */
  readonly endLine?: number;
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
