import { figureScale } from "../report/figure-scale.js";
import type { PrintedValue } from "../report/measure.js";

const notAFigure = /^(n\/?a|-+|–|—|tbc|tbd|not (?:available|applicable|comparable|currently available))$/i;
const wellFormed = /^(-)?(£)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(m|bn|k)?(%)?$/i;

/**
 * Reads a printed cell as a figure, keeping the printed string unaltered beside the number.
 * A cell that looks like a figure but does not parse ("£14.m") is flagged `malformed`, with no number guessed.
 */
export function parsePrintedValue(cell: string): PrintedValue {
  const value = cell.trim();
  if (value === "" || notAFigure.test(value)) return { value, number: null, unit: null, malformed: false };
  const match = wellFormed.exec(value.replace(/\s+/g, ""));
  if (match) {
    const [, minus, pounds, digits = "", fraction = "", suffix, percent] = match;
    if (!(pounds && percent)) {
      const magnitude = Number(digits.replace(/,/g, "") + fraction) * figureScale(suffix);
      const number = minus ? -magnitude : magnitude;
      const unit = percent ? "percent" : pounds ? "pounds" : fraction ? "number" : "count";
      return { value, number, unit, malformed: false };
    }
  }
  const looksLikeFigure = /^[-£]?\d/.test(value) || /^£/.test(value) || /\d%$/.test(value);
  return { value, number: null, unit: null, malformed: looksLikeFigure };
}
