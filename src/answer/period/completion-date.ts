const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** A month as a sortable number (year × 12 + month index), read from "Apr 2027", "Mar-25", "March 2026", "2026". */
export function monthNumber(text: string): number | null {
  const match = /\b([a-z]{3})[a-z]*\.?[\s-]*(\d{4}|\d{2})\b/i.exec(text);
  const month = match ? months.indexOf((match[1] ?? "").toLowerCase()) : -1;
  if (match && month >= 0) {
    const year = Number(match[2]);
    return (year < 100 ? 2000 + year : year) * 12 + month;
  }
  const year = /\b(20\d\d)\b/.exec(text);
  return year ? Number(year[1]) * 12 + 11 : null;
}

// "due to complete by March 2026", "finishing before the end of 2027"; not a financial year ("in 2024-25").
const deadlinePattern =
  /\b(?:complet\w*|finish\w*|end(?:ing)?|due|deliver\w*)\b[^?.]*?\b(?:by|before|in|until|during)\s+(?:the\s+end\s+of\s+)?((?:[a-z]+\.?[\s-]+)?(?:20\d\d|\d{2}))\b(?!\s*[-–/]\s*\d)/i;

/** The latest expected completion a question asks for, as a month number (see `monthNumber`); null when it sets none. */
export function completionDeadline(question: string): number | null {
  const phrase = deadlinePattern.exec(question);
  return phrase ? monthNumber(phrase[1] ?? "") : null;
}

/**
 * The earliest expected completion a question asks for: "in 2029" or "during March 2026" is that year or month
 * alone, "by" and "before" set no start. A month number, or null.
 */
export function completionStart(question: string): number | null {
  const phrase = deadlinePattern.exec(question);
  if (!phrase || !/\b(?:in|during)\s+(?:the\s+end\s+of\s+)?(?:[a-z]+\.?[\s-]+)?(?:20\d\d|\d{2})\s*$/i.test(phrase[0]))
    return null;
  const date = phrase[1] ?? "";
  const end = monthNumber(date);
  if (end === null) return null;
  // A bare year runs from its January; a month is that month alone.
  return /^\s*(?:20\d\d|\d{2})\s*$/.test(date) ? end - 11 : end;
}

/** The words of a question that set a completion deadline ("by March 2026"), so they are not read as its period. */
export function completionPhrase(question: string): string | null {
  const phrase = deadlinePattern.exec(question);
  if (!phrase) return null;
  const date = phrase[1] ?? "";
  const start = phrase[0].lastIndexOf(date);
  return phrase[0].slice(
    Math.max(0, phrase[0].slice(0, start).search(/\b(?:by|before|in|until|during)\s+(?:the\s+end\s+of\s+)?$/i)),
    start + date.length,
  );
}
