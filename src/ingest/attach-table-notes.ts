import type { Diagnostic } from "../report/diagnostic.js";
import type { MeasureNote } from "../report/measure.js";
import { significantWords } from "./significant-words.js";
import type { TrailerParagraph } from "./split-table-trailer.js";

/** What note attachment needs of a measure. */
export interface NoteTarget {
  readonly name: string;
  readonly markers: readonly string[];
  readonly notes: MeasureNote[];
  readonly line: number;
}

/**
 * Attaches the paragraphs under a table to its measures. A footnote goes to the measures whose cells carry its
 * marker. An explanatory paragraph goes to the measures whose names share a content word with it, or to every
 * measure of the table when none does.
 */
export function attachTableNotes(
  measures: readonly NoteTarget[],
  paragraphs: readonly TrailerParagraph[],
  file: string,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const paragraph of paragraphs) {
    const note: MeasureNote = { marker: paragraph.marker, text: paragraph.text, line: paragraph.line };
    if (paragraph.marker !== null) {
      const marked = measures.filter((measure) => measure.markers.includes(paragraph.marker ?? ""));
      if (marked.length === 0) {
        diagnostics.push({
          severity: "warning",
          file,
          line: paragraph.line,
          message: `footnote (${paragraph.marker}) is not referenced by any measure of the table above it`,
        });
      }
      for (const measure of marked) measure.notes.push(note);
      continue;
    }
    const words = significantWords(paragraph.text);
    const concerned = measures.filter((measure) => [...significantWords(measure.name)].some((word) => words.has(word)));
    for (const measure of concerned.length > 0 ? concerned : measures) measure.notes.push(note);
  }
  for (const measure of measures) {
    for (const marker of measure.markers) {
      if (!measure.notes.some((note) => note.marker === marker)) {
        diagnostics.push({
          severity: "warning",
          file,
          line: measure.line,
          message: `footnote marker (${marker}) on "${measure.name}" has no definition under its table`,
        });
      }
    }
  }
  return diagnostics;
}
