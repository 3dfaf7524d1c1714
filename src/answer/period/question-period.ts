import { monthQuarter } from "./financial-year.js";
import { type PeriodKey, parsePeriodKey } from "./period-key.js";

/** The period a question names, if any. */
export interface QuestionPeriod extends PeriodKey {
  /** The words that named it, as written. */
  readonly text: string;
  /** "since 2022-23", "over the last three years": the question asks for a range starting there. */
  readonly since: boolean;
}

/** Financial years the reports are about, newest first, for "this year" and "last year". */
export interface KnownYears {
  readonly current: string;
  readonly previous: string | null;
}

/** Finds the period a question names: "Q1 2025-26", "at the end of 2024-25", "this year", "since 2022-23". */
export function questionPeriod(question: string, years: KnownYears): QuestionPeriod | null {
  const text = question.replace(/(\d{4})\/(\d{2,4})/g, "$1-$2");
  const explicit =
    /\b(?:(?:q|quarter)\s*[1-4]\s*(?:of\s+)?(?:20\d\d\s*[-–]\s*(?:20)?\d\d))|(?:20\d\d\s*[-–]\s*(?:20)?\d\d\s*,?\s*(?:q|quarter)\s*[1-4]\b)|(?:year[\s-]*end\s+(?:of\s+)?20\d\d\s*[-–]\s*(?:20)?\d\d)|(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:financial\s+year\s+)?20\d\d\s*[-–]\s*(?:20)?\d\d)|(?:20\d\d\s*[-–]\s*(?:20)?\d\d(?:\s+year[\s-]*end)?)/i.exec(
      text,
    );
  const since = /\b(?:since|from|between)\s+(?:the\s+)?(?:end\s+of\s+)?(?:q[1-4]\s+)?20\d\d/i.test(text);
  if (explicit) {
    const key = parsePeriodKey(explicit[0]);
    const yearEnd = key.yearEnd || /\bend of\b/i.test(explicit[0]);
    return { ...key, yearEnd, text: explicit[0], since };
  }
  const month = monthPeriod(text);
  if (month) return { ...month, since };
  const quarterOnly = /\b(?:q|quarter)\s*([1-4])\b/i.exec(text);
  const relative = /\b(this|last|previous|current)\s+(?:financial\s+)?year\b/i.exec(text);
  const financialYear = relative
    ? /^(last|previous)$/i.test(relative[1] ?? "")
      ? years.previous
      : years.current
    : quarterOnly
      ? years.current
      : null;
  const yearEnd = /\byear[\s-]*end\b|\bend of (?:the )?(?:financial )?year\b/i.test(text);
  if (!relative && !quarterOnly && !yearEnd) return null;
  return {
    financialYear,
    quarter: quarterOnly ? Number(quarterOnly[1]) : null,
    yearEnd,
    text: [relative?.[0], quarterOnly?.[0]].filter(Boolean).join(" ") || "year end",
    since,
  };
}

const monthNames = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * "in March 2025", "the end of September 2025": the financial-year quarter the month ends — April to June is Q1,
 * January to March Q4 (a year end) of the year that began the April before.
 */
function monthPeriod(text: string): QuestionPeriod | null {
  const match =
    /\b(january|february|march|april|may|june|july|august|september|october|november|december)\s+(20\d\d)\b/i.exec(
      text,
    );
  if (!match) return null;
  const month = monthNames.indexOf((match[1] ?? "").toLowerCase());
  return { ...monthQuarter(month, Number(match[2])), text: match[0], since: false };
}
