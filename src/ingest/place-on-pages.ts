import type { ParsedReport } from "./parse-report.js";

/**
 * Gives each record and diagnostic of a report read from a PDF the page its line came from. The lines are those of the
 * text the PDF was laid out as, which no one can open, so a diagnostic's line becomes 0 and its page is what it names.
 */
export function placeOnPages(parsed: ParsedReport, pages: readonly number[]): ParsedReport {
  const pageOf = (line: number) => pages[line - 1] ?? pages.at(-1) ?? 1;
  return {
    report: parsed.report,
    objectives: parsed.objectives.map((objective) => ({ ...objective, page: pageOf(objective.line) })),
    measures: parsed.measures.map((measure) => ({
      ...measure,
      page: pageOf(measure.line),
      notes: measure.notes.map((note) => ({ ...note, page: pageOf(note.line) })),
    })),
    diagnostics: parsed.diagnostics.map((diagnostic) =>
      diagnostic.line > 0 ? { ...diagnostic, line: 0, page: pageOf(diagnostic.line) } : diagnostic,
    ),
  };
}
