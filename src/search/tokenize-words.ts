/**
 * Splits text into words as written (case kept, so callers can tell an acronym from a word): letters and digits,
 * with inner apostrophes and hyphens treated as breaks, and a trailing possessive "'s" dropped.
 */
export function tokenizeWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.normalize("NFKC").matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu)) {
    words.push(match[0].replace(/['’]s$/iu, "").replace(/['’]/gu, ""));
  }
  return words;
}
