/** A cell with its footnote markers ("14,846 ^(b)" → "14,846", ["b"]). */
export interface MarkedCell {
  readonly text: string;
  readonly markers: string[];
}

const markerPattern = /\s*(?:\^\(|⁽)\s*([a-z])\s*(?:\)|⁾)/gi;

/** Strips footnote markers like `^(b)` or `⁽b⁾` from a cell and returns them in order. */
export function splitFootnoteMarkers(cell: string): MarkedCell {
  const markers: string[] = [];
  const text = cell.replace(markerPattern, (_whole, marker: string) => {
    markers.push(marker.toLowerCase());
    return "";
  });
  return { text: text.trim(), markers };
}
