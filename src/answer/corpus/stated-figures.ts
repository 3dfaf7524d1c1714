import { figureScale } from "../../report/figure-scale.js";
import { splitSentences } from "../../search/split-sentences.js";

/** A figure stated in prose, with the sentence and clause around it. */
export interface StatedFigure {
  /** As written: "83%", "£15.7m", "937". */
  readonly text: string;
  readonly number: number;
  readonly unit: "percent" | "pounds" | "count";
  /** Size of one unit of the last printed digit, scaled like `number` ("£15.7m" → 100000): how far rounding may go. */
  readonly precision: number;
  /** Whether the text states it as a target ("a target of 85%", "below the 80% target"). */
  readonly asTarget: boolean;
  /** Said to be approximate: "over", "nearly", "around", "approximately", "more than", "~". */
  readonly approximate: boolean;
  readonly sentence: string;
  readonly clause: string;
}

const figurePattern =
  /£\s?\d[\d,]*(?:\.\d+)?\s?(?:m|bn|k|million|billion)?\b|\d[\d,]*(?:\.\d+)?\s?%|\b\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b\d+(?:\.\d+)?\b/gi;
const timescaleAfter =
  /^\s*(?:-|to)?\s*(?:\d+\s*)?(?:working\s+)?(?:days?|hours?|weeks?|months?|years?|mths|hectares?|acres?|bed|minutes?|am|pm|st|nd|rd|th)\b/i;
const dateBefore =
  /(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\s*$/i;

/** Splits prose into sentences, paragraph by paragraph. */
export function sentences(text: string): string[] {
  return text.split(/\n+/).flatMap((paragraph) => splitSentences(paragraph));
}

const clauseBreak = /[,;:]\s+|\s+(?:and|whilst|while|but|with|of which|compared to|compared with|against)\s+/gi;

/** The clause of a sentence around a position: where one statement of a figure ends and another begins. */
function clauseAt(sentence: string, position: number): string {
  let start = 0;
  for (const separator of sentence.matchAll(clauseBreak)) {
    const index = separator.index ?? 0;
    if (index >= position) return sentence.slice(start, index);
    start = index + separator[0].length;
  }
  return sentence.slice(start);
}

/**
 * The figures a text states: percentages, sums of money, and counts of ten or more, leaving out years, dates,
 * SO codes, timescales ("28 days", "32 hours") and sizes of things that are not counts ("70 hectares").
 */
export function statedFigures(text: string): StatedFigure[] {
  const found: StatedFigure[] = [];
  for (const sentence of sentences(text)) {
    for (const match of sentence.matchAll(figurePattern)) {
      const raw = match[0].trim();
      const start = match.index ?? 0;
      const before = sentence.slice(Math.max(0, start - 12), start);
      const after = sentence.slice(start + match[0].length);
      if (/SO-$|[\d.,/-]$|[A-Za-z]$/.test(before)) continue;
      if (/^[-/]\d|^\.\d|^[A-Za-z]/.test(after)) continue;
      const figure = readFigure(raw);
      if (!figure) continue;
      if (figure.unit === "count") {
        if (/^(19|20)\d\d$/.test(raw) || figure.number < 10) continue;
        if (timescaleAfter.test(after) || dateBefore.test(before)) continue;
      }
      const clause = clauseAt(sentence, start);
      const approximate =
        /(?:over|nearly|almost|around|about|approximately|approx\.?|roughly|more than|less than|fewer than|up to|some|~)\s*$/i.test(
          before,
        );
      const asTarget =
        /\btarget(?:ed)?\s+(?:of|is|was|were|set at|:)?\s*$/i.test(sentence.slice(Math.max(0, start - 24), start)) ||
        /^\s*(?:%\s*)?target\b/i.test(after);
      found.push({ ...figure, text: raw, sentence, clause, approximate, asTarget });
    }
  }
  return found;
}

function readFigure(
  raw: string,
): Omit<StatedFigure, "text" | "sentence" | "clause" | "approximate" | "asTarget"> | null {
  const digits = /\d[\d,]*(?:\.(\d+))?/.exec(raw);
  if (!digits) return null;
  const base = Number(digits[0].replace(/,/g, ""));
  if (!Number.isFinite(base)) return null;
  const decimals = digits[1]?.length ?? 0;
  const unit = raw.startsWith("£") ? "pounds" : raw.endsWith("%") ? "percent" : "count";
  const suffix = /(m|bn|k|million|billion)\s*$/i.exec(raw)?.[1]?.toLowerCase();
  const scale = figureScale(suffix);
  return { number: base * scale, unit, precision: 10 ** -decimals * scale };
}
