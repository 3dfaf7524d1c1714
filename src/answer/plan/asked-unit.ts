import type { Measure } from "../../report/measure.js";

/**
 * The kind of figure a question asks for, read strictly to rank measures: "how many" a count, "what percentage" a
 * percentage; null when it does not say. (`mentionedFigureKind` is the looser reading for preferring sentences.)
 */
export function askedUnit(question: string): "percent" | "count" | null {
  if (/\b(?:what|which)\s+(?:percentage|proportion|share|percent)\b|\bwhat\s+%|\bhow many per ?cent\b/i.test(question))
    return "percent";
  if (/\bhow many\b|\bnumber of\b|\bnumbers\b/i.test(question)) return "count";
  return null;
}

/** The kind of figure a measure prints, read from its first figure. */
export function measureUnit(measure: Measure): "percent" | "count" | "rate" | null {
  // "Rate of children in care per 10k" prints plain numbers, but they are not a count of anything.
  if (
    /^rate of\b|\bper (?:10k|10,000|100k|100,000|1,000|1000|head)\b/i.test(measure.name) &&
    !/%/.test(measure.values[0]?.value ?? "")
  )
    return "rate";
  const value = measure.values.find((entry) => entry.number !== null);
  if (!value) return null;
  return value.unit === "percent" ? "percent" : value.unit === "count" ? "count" : null;
}

/**
 * The kind of figure a question mentions at all, read loosely to prefer a prose sentence stating that kind: any
 * "percentage" or "%", money words, "how many"; "any" figure for "what is the …".
 */
export function mentionedFigureKind(question: string): "percent" | "pounds" | "count" | "any" | null {
  // "%" and "£" are not word characters: a \b before them would need a letter or digit just before.
  if (/%|\b(?:percentage|percent|proportion|share)/i.test(question)) return "percent";
  if (/£|\bhow much\b|\b(?:money|funding|cost|spend|savings?|budget)\b/i.test(question)) return "pounds";
  if (/\bhow many\b|\bnumber of\b/i.test(question)) return "count";
  return /\bwhat (?:is|was|are|were) the\b/i.test(question) ? "any" : null;
}
