import { footnoteKey } from "./split-footnote-markers.js";

/** A footnote printed under a table: "⁽b) Due to ongoing data cleansing…". */
export interface FootnoteDefinition {
  readonly marker: string;
  readonly text: string;
}

/**
 * Definitions as the report family prints them, the marker in the first group: "⁽b) …", "^(b) …", "(b) …", "[b] …",
 * "b) …", "¹ …", "ᵇ …", "* …", "** …", "† …". Plain brackets take a letter only: "(1)" may number a list.
 */
const definitionPatterns = [
  /^\s*(?:⁽|\^\()\s*([a-z]|\d{1,2})\s*(?:\)|⁾)\s*(.+)$/i,
  /^\s*[([]\s*([a-z])\s*[)\]]\s*(.+)$/i,
  /^\s*([a-z])\)\s*(.+)$/,
  /^\s*([⁰¹²³⁴⁵⁶⁷⁸⁹ᵃᵇᶜᵈᵉᶠ]+)\s*(.+)$/,
  /^\s*(\*{1,3}|†|‡)\s*(.+)$/,
];

/** Reads a footnote definition line; null when the line is not one. */
export function parseFootnoteDefinition(line: string): FootnoteDefinition | null {
  for (const pattern of definitionPatterns) {
    const match = pattern.exec(line);
    if (match) return { marker: footnoteKey(match[1] ?? ""), text: (match[2] ?? "").trim() };
  }
  return null;
}
