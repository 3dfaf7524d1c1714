import type { PdfLine } from "./group-lines.js";
import { joinRuns } from "./join-runs.js";

/** The share of the page height at the top and at the bottom where running headers, footers and page numbers print. */
const marginBand = 0.12;

/** A page number as printed: "12", "- 12 -", "Page 12", "Page 12 of 30", "12 / 30". */
const pageNumber = /^[-–\s]*(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?[-–\s]*$/i;

export interface RunningPage {
  readonly lines: PdfLine[];
  readonly height: number;
}

/**
 * Drops the running header and footer lines from every page: working in from the top and from the bottom edge, a line
 * in the margin band that prints on at least two pages and on a third of them (digits aside, so "Page 3 of 30" matches
 * "Page 4 of 30"), or a bare page number set apart from the body. `protect` keeps a line that starts a table header,
 * which a long table repeats at the top of every page too. What is left is the body text, page by page.
 */
export function dropRunningLines(
  pages: readonly RunningPage[],
  protect: (lines: readonly PdfLine[], index: number) => boolean,
): PdfLine[][] {
  // Running lines print at the same height on every page: the height is part of the key, so a body line that happens to
  // read the same on two pages is kept.
  const shape = (line: PdfLine) =>
    `${Math.round(line.top / 4)}|${joinRuns(line.items).replace(/\d+/g, "#").toLowerCase()}`;
  const inBand = (line: PdfLine, height: number) =>
    line.top < height * marginBand || line.top > height * (1 - marginBand);
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    for (const key of new Set(page.lines.filter((line) => inBand(line, page.height)).map(shape)))
      pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const repeated = (line: PdfLine) => {
    const count = pagesWith.get(shape(line)) ?? 0;
    return count >= 2 && count >= pages.length / 3;
  };
  return pages.map(({ lines, height }) => {
    const running = (index: number, neighbour: number) => {
      const line = lines[index] as PdfLine;
      if (!inBand(line, height) || protect(lines, index)) return false;
      if (repeated(line)) return true;
      const next = lines[neighbour];
      const apart = next === undefined || Math.abs(next.top - line.top) >= 1.5 * Math.max(line.size, next.size);
      return apart && pageNumber.test(joinRuns(line.items));
    };
    let first = 0;
    while (first < lines.length && running(first, first + 1)) first += 1;
    let last = lines.length - 1;
    while (last >= first && running(last, last - 1)) last -= 1;
    return lines.slice(first, last + 1);
  });
}
