import type { Glossary } from "../../search/glossary.js";

/**
 * The other ways the reports write an acronym ("EHCP" → "EHC plan", "EHCPs"): a measure named "pupils with EHC
 * plan" is about EHCPs though it never spells the acronym or its meaning out. An acronym that is also a word
 * counts only in capitals, as in the glossary's own expansion.
 */
export function acronymVariants(term: string, glossary: Glossary): string[] {
  const entry = glossary.acronyms.find((candidate) => candidate.acronym.toLowerCase() === term.toLowerCase());
  if (!entry || (entry.word && term !== entry.acronym)) return [];
  return entry.variants.filter((variant) => variant.toLowerCase() !== `${entry.acronym.toLowerCase()}s`);
}
