// Abbreviations whose full stop does not end a sentence in these reports.
const abbreviations = new Set([
  "e.g",
  "i.e",
  "etc",
  "no",
  "nos",
  "approx",
  "inc",
  "incl",
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "vs",
  "cllr",
  "fig",
]);

/**
 * Splits prose into sentences at ".", "!" or "?" followed by a space and a capital, digit, quote or bracket,
 * except after a known abbreviation or a single initial. Every character of the input stays in some sentence
 * (trimmed), so joining the pieces with spaces gives back the text.
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  const boundary = /([.!?]["'”’)]?)\s+(?=["'“‘(£]?[\p{Lu}\p{N}])/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[1]!.length;
    const lastWord = /(\S+)[.!?]["'”’)]?$/u.exec(text.slice(start, end))?.[1]?.toLowerCase() ?? "";
    if (abbreviations.has(lastWord) || /^\p{L}$/u.test(lastWord)) continue;
    sentences.push(text.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter((sentence) => sentence.length > 0);
}
