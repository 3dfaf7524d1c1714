/** The lower-case words of a set of texts with the number of texts holding each: the vocabulary typos are read against. */
export function buildLexicon(texts: Iterable<string>): Map<string, number> {
  const words = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(text.toLowerCase().match(/[a-z]{3,}/g) ?? []))
      words.set(word, (words.get(word) ?? 0) + 1);
  }
  return words;
}
