import { topicTerms } from "./topic-terms.js";

/**
 * Synonyms of each word of the topic, from the glossary: the word's own, and those of the two-word phrases it is
 * part of ("looked after" → "in care", "off sick" → "sickness").
 */
export function phraseSynonyms(
  topic: string,
  synonyms: (phrase: string) => readonly string[],
): (term: string) => readonly string[] {
  const words = topic.split(/[^A-Za-z0-9'’-]+/).filter(Boolean);
  const byTerm = new Map<string, string[]>();
  // Each word as written too: an acronym that is also a word ("SEND") expands only in capitals.
  for (const word of words) {
    const added = synonyms(word);
    if (added.length > 0)
      for (const term of topicTerms(word)) byTerm.set(term, [...(byTerm.get(term) ?? []), ...added]);
  }
  for (let position = 0; position + 1 < words.length; position += 1) {
    const first = words[position] ?? "";
    const second = words[position + 1] ?? "";
    // Only what the pair adds as a phrase: "electric buses" must not lend "buses"' synonyms to "electric".
    const single = new Set([...synonyms(first), ...synonyms(second)]);
    const pair = `${first} ${second}`;
    const added = synonyms(pair).filter((phrase) => !single.has(phrase));
    if (added.length === 0) continue;
    for (const term of topicTerms(pair)) byTerm.set(term, [...(byTerm.get(term) ?? []), ...added]);
  }
  return (term) => [...synonyms(term), ...(byTerm.get(term) ?? [])];
}
