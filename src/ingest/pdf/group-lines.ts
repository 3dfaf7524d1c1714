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
 * Groups a page's runs into lines by baseline. A superscript (a smaller run raised above the baseline of the run it
 * follows) is first moved onto that run's baseline, so "14,846" and its "b" read as one line even where the raised
 * marker sits level with the other cells' text and the value was pushed down by it.
 */
export function groupLines(page: PdfPage): PdfLine[] {
  const placed: LineItem[] = page.items.map((item) => {
    const base = page.items.find((other) => isRaisedAfter(item, other));
    return base ? { ...item, raised: true, top: base.top } : { ...item, raised: false };
  });
  const sorted = placed.sort((first, second) => first.top - second.top || first.x - second.x);
  const clusters: LineItem[][] = [];
  for (const item of sorted) {
    const last = clusters.at(-1);
    const head = last?.[0];
    if (last && head && Math.abs(head.top - item.top) <= baselineTolerance * Math.max(item.size, head.size))
      last.push(item);
    else clusters.push([item]);
  }
  return clusters
    .map((items) => {
      const ordered = items.sort((first, second) => first.x - second.x);
      const body = ordered.filter((item) => !item.raised);
      return {
        page: page.number,
        top: (body[0] ?? (ordered[0] as LineItem)).top,
        size: Math.max(...(body.length > 0 ? body : ordered).map((item) => item.size)),
        left: Math.min(...ordered.map((item) => item.x)),
        right: Math.max(...ordered.map((item) => item.x + item.width)),
        items: ordered,
      };
    })
    .sort((first, second) => first.top - second.top || first.left - second.left);
}

/** Whether a run is a superscript of another: smaller, starting where the other ends, its baseline raised above the other's. */
function isRaisedAfter(small: PdfTextItem, base: PdfTextItem): boolean {
  if (small.size > base.size * 0.9) return false;
  const lift = base.top - small.top;
  return (
    lift >= 0.15 * base.size && lift <= 0.75 * base.size && Math.abs(small.x - (base.x + base.width)) <= 0.6 * base.size
  );
}
