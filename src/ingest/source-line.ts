/** One line of a report file with its 1-based position. */
export interface SourceLine {
  readonly text: string;
  readonly line: number;
}

/** Splits a report's text into numbered lines (CRLF tolerated). */
export function splitSourceLines(text: string): SourceLine[] {
  return text.split(/\r?\n/).map((lineText, index) => ({ text: lineText, line: index + 1 }));
}
