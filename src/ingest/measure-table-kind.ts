import type { MeasureTable } from "../report/measure.js";

/**
 * The kind of a measure table its heading names ("Latest Measure Data", "Latest Measures Data", "Annual Measures",
 * "Measures Awaiting Data", "Measures Updated in the Previous Quarter", "Overarching Measures"); null when none.
 */
export function namedTableKind(heading: string): MeasureTable | null {
  if (/overarching/i.test(heading)) return "overarching";
  if (/awaiting/i.test(heading)) return "awaiting";
  if (/\b(?:previous|last|prior) quarter/i.test(heading)) return "previous-quarter";
  if (/\b(?:annual|yearly)\b/i.test(heading)) return "annual";
  if (/\blatest\b/i.test(heading)) return "latest";
  return null;
}

/**
 * The kind of a measure table from the heading lines above it: the kind the last line names, or the last two when the
 * export wrapped the heading ("Place: Annual" / "Measure Data"); a heading naming measures but no kind
 * ("People: Measure Data") heads the latest data.
 */
export function measureTableKind(headings: readonly string[]): MeasureTable | null {
  const last = headings.at(-1) ?? "";
  return (
    namedTableKind(last) ??
    namedTableKind(headings.slice(-2).join(" ")) ??
    (/\b(?:measures?|indicators?)\b/i.test(last) ? "latest" : null)
  );
}
