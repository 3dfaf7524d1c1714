import type { Report } from "../../report/report.js";
import type { Corpus } from "../corpus/build-corpus.js";
import { type QuestionPeriod, questionPeriod } from "./question-period.js";

/**
 * The period the question names, except a year that is part of a measure's name ("from 2009-10 baseline");
 * "the year end report" with no year is the newest year-end report's year.
 */
export function namedPeriod(
  question: string,
  years: { current: string; previous: string | null },
  context: { readonly reports: readonly Report[]; readonly corpus: Corpus },
): QuestionPeriod | null {
  const period = questionPeriod(question, years);
  if (!period) return null;
  const text = period.text.toLowerCase().replace(/\s+/g, " ");
  if (context.corpus.measures.some((entry) => entry.measure.name.toLowerCase().includes(text))) return null;
  if (period.yearEnd && period.financialYear === null) {
    const yearEnd = context.reports.find((report) => report.periodKind === "year-end");
    return yearEnd ? { ...period, financialYear: yearEnd.financialYear } : period;
  }
  return period;
}
