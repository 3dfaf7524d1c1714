import { slugify } from "./slugify.js";

/**
 * The key shared by the same measure in different reports: the name lower-cased, with abbreviations spelt out
 * and the default "financial year, year to date" qualifier dropped (all data is year to date unless stated).
 */
export function seriesKey(name: string): string {
  const normalised = name
    .toLowerCase()
    .replace(/\bmths\b/g, "months")
    .replace(/\s*\(?\b(?:financial year,?\s*)?year to date\b\)?\s*$/g, "")
    .replace(/\s*\(ytd\)\s*$/g, "");
  return slugify(normalised);
}
