import type { LineItem } from "./group-lines.js";

/** A superscript that is a footnote marker: a letter, one or two digits, asterisks or a dagger. */
const markerText = /^(?:[a-z]|\d{1,2}|\*{1,3}|†|‡)$/i;

/**
 * The text of runs on one line, left to right: a space where the gap between runs is a word space or more (runs that
 * touch, as a ligature split out of a word does, join without one), and a superscript marker written the way the
 * text export writes it ("14,846 ^(b)"); a raised run that is not a marker ("1st") joins its word.
 */
export function joinRuns(items: readonly LineItem[]): string {
  let text = "";
  let end = Number.NEGATIVE_INFINITY;
  for (const item of items) {
    const piece = item.text.replace(/\s+/g, " ");
    if (item.raised && markerText.test(piece.trim())) text = `${text.trimEnd()} ^(${piece.trim()})`;
    else if (text === "") text = piece;
    else {
      const gap = item.x - end;
      const spaced = gap > 0.15 * item.size && !text.endsWith(" ") && !piece.startsWith(" ");
      text = `${text}${spaced ? " " : ""}${piece}`;
    }
    end = Math.max(end, item.x + item.width);
  }
  return text.replace(/\s+/g, " ").trim();
}

/** Joins the lines of one wrapped cell or paragraph: with a space, or none after a hyphen that ends a word part ("SO-" + "01"). */
export function joinWrapped(first: string, second: string): string {
  if (first === "") return second;
  if (second === "") return first;
  return /[A-Za-z0-9]-$/.test(first) ? `${first}${second}` : `${first} ${second}`;
}
