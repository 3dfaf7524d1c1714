import type { PdfPage, PdfTextItem } from "./read-pdf-pages.js";

/** A text run placed on a line; `raised` when it is printed smaller above the line's baseline (a superscript). */
export interface LineItem extends PdfTextItem {
  readonly raised: boolean;
}

/** One printed line of a page: the runs sharing a baseline, left to right. */
export interface PdfLine {
  readonly page: number;
  readonly top: number;
  /** The body size of the line (its largest run that is not raised). */
  readonly size: number;
  readonly left: number;
  readonly right: number;
  readonly items: LineItem[];
}

/** Runs whose baselines differ by less than this share of the font size sit on one line. */
const baselineTolerance = 0.25;

/**
 * Groups a page's runs into lines by baseline, and attaches each superscript (a smaller run raised above a line's
 * baseline, just after a run of that line) to the line it marks, so "14,846" and its "b" read as one line.
 */
export function groupLines(page: PdfPage): PdfLine[] {
  const sorted = [...page.items].sort((first, second) => first.top - second.top || first.x - second.x);
  const clusters: PdfTextItem[][] = [];
  for (const item of sorted) {
    const cluster = clusters.find((candidate) => Math.abs((candidate[0] as PdfTextItem).top - item.top) <= baselineTolerance * Math.max(item.size, (candidate[0] as PdfTextItem).size));
    if (cluster) cluster.push(item);
    else clusters.push([item]);
  }
  const lines = clusters.map((items) => ({ items: items.map((item) => ({ ...item, raised: false })), top: (items[0] as PdfTextItem).top, size: Math.max(...items.map((item) => item.size)) }));
  // A cluster all smaller than a line just below it, each run starting where a run of that line ends, is its superscripts.
  const kept: typeof lines = [];
  for (const line of lines) {
    const base = lines.find((candidate) => candidate !== line && isRaisedAbove(line, candidate));
    if (base) base.items.push(...line.items.map((item) => ({ ...item, raised: true, top: base.top })));
    else kept.push(line);
  }
  return kept
    .map(({ items, top, size }) => {
      const ordered = items.sort((first, second) => first.x - second.x);
      return { page: page.number, top, size, left: Math.min(...ordered.map((item) => item.x)), right: Math.max(...ordered.map((item) => item.x + item.width)), items: ordered };
    })
    .sort((first, second) => first.top - second.top || first.left - second.left);
}

function isRaisedAbove(small: { items: PdfTextItem[]; top: number; size: number }, base: { items: PdfTextItem[]; top: number; size: number }): boolean {
  const lift = base.top - small.top;
  if (small.size > base.size * 0.9 || lift < 0.15 * base.size || lift > 0.75 * base.size) return false;
  return small.items.every((item) => base.items.some((other) => other.size > item.size && Math.abs(item.x - (other.x + other.width)) <= 0.6 * base.size));
}
