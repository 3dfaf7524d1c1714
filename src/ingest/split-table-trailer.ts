import type { SourceLine } from "./source-line.js";
import { parseFootnoteDefinition } from "./parse-footnote-definition.js";
import { endsSentence, joinWithSpace, startsLowerCase } from "./sentence-shape.js";

/** A paragraph printed under a table, with the line it starts on. */
export interface TrailerParagraph {
  readonly text: string;
  readonly line: number;
  /** Set for a footnote definition ("⁽b) …"). */
  readonly marker: string | null;
}

/** The text printed under a table: lines that finish its last cell, then footnotes and explanatory paragraphs. */
export interface TableTrailer {
  readonly tails: SourceLine[];
  readonly paragraphs: TrailerParagraph[];
}

/**
 * Splits the tab-less lines under a table. Leading lines that start lower-case finish the table's last cell
 * (a cell's text wrapped past the table); the rest are paragraphs, a line continuing the previous paragraph when
 * that paragraph has not finished its sentence (the extraction breaks paragraphs across pages too).
 */
export function splitTableTrailer(lines: readonly SourceLine[]): TableTrailer {
  const tails: SourceLine[] = [];
  const paragraphs: TrailerParagraph[] = [];
  for (const sourceLine of lines) {
    const text = sourceLine.text.trim();
    if (text === "") continue;
    const footnote = parseFootnoteDefinition(text);
    // A definition may start lower-case ("b) Due to…"); it is never the tail of a cell.
    if (paragraphs.length === 0 && footnote === null && startsLowerCase(text)) {
      tails.push(sourceLine);
      continue;
    }
    const last = paragraphs.at(-1);
    if (footnote === null && last !== undefined && !endsSentence(last.text)) {
      paragraphs[paragraphs.length - 1] = { ...last, text: joinWithSpace(last.text, text) };
      continue;
    }
    paragraphs.push(
      footnote
        ? { text: footnote.text, line: sourceLine.line, marker: footnote.marker }
        : { text, line: sourceLine.line, marker: null },
    );
  }
  return { tails, paragraphs };
}
