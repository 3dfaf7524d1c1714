/** A cell with its footnote markers ("14,846 ^(b)" → "14,846", ["b"]). */
export interface MarkedCell {
  readonly text: string;
  readonly markers: string[];
}

const superscripts: Record<string, string> = {
  "⁰": "0",
  "¹": "1",
  "²": "2",
  "³": "3",
  "⁴": "4",
  "⁵": "5",
  "⁶": "6",
  "⁷": "7",
  "⁸": "8",
  "⁹": "9",
  ᵃ: "a",
  ᵇ: "b",
  ᶜ: "c",
  ᵈ: "d",
  ᵉ: "e",
  ᶠ: "f",
};
const superscriptClass = `[${Object.keys(superscripts).join("")}]`;

/** A footnote marker as its definition names it: lower case, superscripts as plain characters ("¹" → "1", "B" → "b"). */
export function footnoteKey(marker: string): string {
  return [...marker.toLowerCase()].map((character) => superscripts[character] ?? character).join("");
}

/** Markers printed anywhere in a cell: "^(b)", "⁽b⁾", "⁽b)". */
const bracketedMarker = /\s*(?:\^\(|⁽)\s*([a-z]|\d{1,2})\s*(?:\)|⁾)/gi;
/** Markers printed at the end of a cell's text: "(b)", "[b]", "¹", "ᵇ", "*", "**", "†". */
const trailingMarker = new RegExp(
  `(?<=[^\\s*†‡])(?:\\s*\\(([a-z])\\)|\\s*\\[([a-z]|\\d{1,2})\\]|\\s*(${superscriptClass}+)|\\s*(\\*{1,3}|†|‡))$`,
  "i",
);

/**
 * Strips footnote markers from a cell and returns them in printed order. A marker must follow some text: a cell
 * that is only "*" or "(a)" is left as printed, since nothing would be left to footnote.
 */
export function splitFootnoteMarkers(cell: string): MarkedCell {
  const markers: string[] = [];
  let text = cell.replace(bracketedMarker, (_whole, marker: string) => {
    markers.push(footnoteKey(marker));
    return "";
  });
  const trailing: string[] = [];
  for (let match = trailingMarker.exec(text.trimEnd()); match !== null; match = trailingMarker.exec(text.trimEnd())) {
    const marker = match[1] ?? match[2] ?? match[3] ?? match[4] ?? "";
    trailing.unshift(footnoteKey(marker));
    text = text.trimEnd().slice(0, match.index);
  }
  return { text: text.trim(), markers: [...markers, ...trailing] };
}
