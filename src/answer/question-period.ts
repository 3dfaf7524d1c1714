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
    /\b(?:(?:q|quarter)\s*[1-4]\s*(?:of\s+)?(?:20\d\d\s*[-–]\s*(?:20)?\d\d))|(?:20\d\d\s*[-–]\s*(?:20)?\d\d\s*,?\s*(?:q|quarter)\s*[1-4]\b)|(?:(?:the\s+)?end\s+of\s+(?:the\s+)?(?:financial\s+year\s+)?20\d\d\s*[-–]\s*(?:20)?\d\d)|(?:20\d\d\s*[-–]\s*(?:20)?\d\d(?:\s+year[\s-]*end)?)/i.exec(
      text,
    );
  const since = /\b(?:since|from|between)\s+(?:the\s+)?(?:end\s+of\s+)?(?:q[1-4]\s+)?20\d\d/i.test(text);
  if (explicit) {
    const key = parsePeriodKey(explicit[0]);
    const yearEnd = key.yearEnd || /\bend of\b/i.test(explicit[0]);
    return { ...key, yearEnd, text: explicit[0], since };
  }
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
