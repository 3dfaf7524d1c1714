import type { Diagnostic } from "../report/diagnostic.js";
import type { Outcome } from "../report/report.js";
import { matchOutcome } from "./outcome-names.js";
import { namedTableKind } from "./measure-table-kind.js";
import { parseFootnoteDefinition } from "./parse-footnote-definition.js";
import { endsSentence, normaliseWhitespace, startsLowerCase } from "./sentence-shape.js";
import type { SourceLine } from "./source-line.js";
import { splitTableTrailer } from "./split-table-trailer.js";
import type { TableKind } from "./table-block.js";

/** A table as the ending check sees it: the outcome it sits under, its kind and its last line. */
export interface PlacedTable {
  readonly outcome: string;
  readonly kind: TableKind;
  readonly lastLine: number;
}

export interface ReportEnding {
  readonly tables: readonly PlacedTable[];
  /** The tab-less lines after the last table. */
  readonly trailing: readonly SourceLine[];
  readonly outcomes: readonly Outcome[];
}

/** Fewer words than this and an unfinished last line may be a label ("Source: DfE"), not a sentence cut off. */
const sentenceWords = 12;

/** A heading line: short, not a sentence, naming an outcome ("The Council: Annual Measure Data") or a measure table. */
function isHeading(text: string, outcomes: readonly Outcome[]): boolean {
  const trimmed = normaliseWhitespace(text);
  if (trimmed === "" || startsLowerCase(trimmed) || endsSentence(trimmed) || trimmed.split(" ").length > 20)
    return false;
  if (parseFootnoteDefinition(trimmed) !== null) return false;
  return (
    matchOutcome(trimmed, outcomes) !== null ||
    (namedTableKind(trimmed) !== null && /\b(?:measures?|data|indicators?)\b/i.test(trimmed))
  );
}

/**
 * Errors for a report that stops where no report stops — the signs of a file cut at a line boundary, which the
 * tables' own shape cannot show: a heading after the last table with no table under it; an outcome whose objectives
 * table is the last table, with none of its measure tables after it; notes after the last table that stop
 * mid-sentence. An outcome with objectives but no measure table earlier in the report is only a warning: the report
 * goes on, so nothing was cut there.
 */
export function checkReportEnding(ending: ReportEnding, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const heading = ending.trailing.find((line) => isHeading(line.text, ending.outcomes));
  if (heading !== undefined)
    diagnostics.push({
      severity: "error",
      file,
      line: heading.line,
      message: `the report ends after a heading with no table under it ("${normaliseWhitespace(heading.text).slice(0, 80)}") — is the file cut short?`,
    });
  const last = ending.tables.at(-1);
  for (const outcome of ending.outcomes) {
    const objectivesAt = ending.tables.findLastIndex(
      (table) => table.outcome === outcome.name && table.kind === "objective",
    );
    if (objectivesAt < 0) continue;
    const objectives = ending.tables[objectivesAt] as PlacedTable;
    const measured = ending.tables
      .slice(objectivesAt + 1)
      .some((table) => table.outcome === outcome.name && table.kind === "measure");
    if (measured) continue;
    diagnostics.push(
      objectives === last
        ? {
            severity: "error",
            file,
            line: objectives.lastLine,
            message: `the report ends after the objectives of outcome ${outcome.number} "${outcome.name}" with no measure table after them — is the file cut short?`,
          }
        : {
            severity: "warning",
            file,
            line: objectives.lastLine,
            message: `outcome ${outcome.number} "${outcome.name}" has objectives but no measure table after them`,
          },
    );
  }
  if (heading === undefined) {
    const paragraph = splitTableTrailer(ending.trailing).paragraphs.at(-1);
    const lastLine = ending.trailing.filter((line) => line.text.trim() !== "").at(-1);
    if (
      paragraph !== undefined &&
      lastLine !== undefined &&
      paragraph.marker === null &&
      !endsSentence(paragraph.text) &&
      paragraph.text.split(" ").length >= sentenceWords
    )
      diagnostics.push({
        severity: "error",
        file,
        line: lastLine.line,
        message: `the report ends mid-sentence ("…${paragraph.text.slice(-40)}") — is the file cut short?`,
      });
  }
  return diagnostics;
}
