/** A footnote printed under a table: "⁽b) Due to ongoing data cleansing…". */
export interface FootnoteDefinition {
  readonly marker: string;
  readonly text: string;
}

const definitionPattern = /^\s*(?:⁽|\^\(|\()\s*([a-z])\s*(?:\)|⁾)\s*(.+)$/i;

/** Reads a footnote definition line; null when the line is not one. */
export function parseFootnoteDefinition(line: string): FootnoteDefinition | null {
  const match = definitionPattern.exec(line);
  if (!match) return null;
  return { marker: (match[1] ?? "").toLowerCase(), text: (match[2] ?? "").trim() };
}
