import type { Quote } from "./quote.js";

/** Quotes without repeats of the same sentence from the same report, in order. */
export function uniqueQuotes(quotes: readonly Quote[]): Quote[] {
  const seen = new Set<string>();
  return quotes.filter((quote) => {
    const key = `${quote.report.id}|${quote.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
