const smallWords = new Set(["and", "of", "the", "for", "in", "on", "to", "&"]);

/**
 * What an acronym stands for where a sentence spells it out before it in brackets — "Derbyshire Discretionary
 * Fund (DDF)" → "Derbyshire Discretionary Fund": the words before the bracket whose initials give the acronym's
 * letters (small words like "and" and "of" may sit between them). Null when the sentence does not spell it out.
 */
export function spelledOut(sentence: string, acronym: string): string | null {
  const at = sentence.indexOf(`(${acronym})`);
  if (at < 0) return null;
  const words = sentence.slice(0, at).trim().split(/\s+/);
  const letters = acronym.replace(/[^A-Za-z]/g, "").toUpperCase();
  let letter = letters.length - 1;
  let first = words.length;
  for (let position = words.length - 1; position >= 0 && letter >= 0; position -= 1) {
    const word = (words[position] ?? "").replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, "");
    if (word === "") return null;
    if (smallWords.has(word.toLowerCase()) && word[0]?.toUpperCase() !== letters[letter]) continue;
    if (word[0]?.toUpperCase() !== letters[letter]) return null;
    letter -= 1;
    first = position;
  }
  if (letter >= 0) return null;
  return words
    .slice(first)
    .join(" ")
    .replace(/^[^A-Za-z]+|[,;:]+$/g, "");
}
