import type { Quote } from "./quote.js";

/**
 * Quotes without repeats of the same sentence from the same report, in order. A sentence already quoted within a
 * longer quote (one read with the sentence before or after it) is a repeat too, and a quote that holds an earlier,
 * shorter one takes its place.
 */
export function uniqueQuotes(quotes: readonly Quote[]): Quote[] {
  const kept: Quote[] = [];
  for (const quote of quotes) {
    const same = kept.findIndex(
      (earlier) =>
        earlier.report.id === quote.report.id &&
        (earlier.text.includes(quote.text) || quote.text.includes(earlier.text)),
    );
    if (same === -1) kept.push(quote);
    else if (quote.text.length > (kept[same]?.text.length ?? 0)) kept[same] = quote;
  }
  return kept;
}
