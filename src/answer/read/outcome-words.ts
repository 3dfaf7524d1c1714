/** An outcome name's words, its leading article and commas aside: "Happy, safe, and healthy people" → five words. */
export function outcomeWords(name: string): string[] {
  return name
    .replace(/^(?:the|an?)\s+/i, "")
    .replace(/,/g, "")
    .split(/\s+/);
}

/**
 * The words of an outcome name that no other name has, by which it is known when typed in part ("economy",
 * "resilient communities"): five letters or more, and never a rating word — "green measures" and "strong measures"
 * ask for a rating, not "…and green communities" or "A strong … economy".
 */
export function outcomeOwnWords(name: string, names: readonly string[]): string[] {
  return outcomeWords(name).filter(
    (word) =>
      word.length >= 5 &&
      !/^(?:green|strong|good|review|action|complete)$/i.test(word) &&
      !names.some(
        (other) => other !== name && outcomeWords(other).some((theirs) => theirs.toLowerCase() === word.toLowerCase()),
      ),
  );
}
