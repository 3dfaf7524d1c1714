import { escapeRegExp } from "./escape-reg-exp.js";

/**
 * Outcome names typed in lower case where they are used as a filter — "under place", "within people", "in the
 * council", "place measures" — written as the report spells them, so they read as the outcome and not as words
 * of a topic ("people in care"). A name after "in" or "for" counts only at the end of the question or before a
 * rating or list word.
 */
export function readOutcomeNames(question: string, outcomeNames: readonly string[]): string {
  let text = question;
  for (const name of [...new Set(outcomeNames)].sort((left, right) => right.length - left.length)) {
    const core = name.replace(/^(?:the)\s+/i, "");
    if (core.split(/\s+/).length > 2) continue;
    const escaped = escapeRegExp(core).replace(/\s+/g, "\\s+");
    const article = /^the\s/i.test(name) ? "(?:the\\s+)?" : "";
    const after = new RegExp(
      `\\b(under|within|across|from)\\s+(?:the\\s+)?${article}(${escaped})\\b(?!\\s+(?:who|that|with|in|aged|whose))`,
      "gi",
    );
    const atEnd = new RegExp(
      `\\b(in|for)\\s+(?:the\\s+)?${article}(${escaped})(?=\\s*(?:[?.!]*\\s*$|\\s+(?:outcome|theme|area|section|measures?|objectives?|rated|that are|which are|are|is|red|amber|green)\\b))`,
      "gi",
    );
    const before = new RegExp(`\\b(${escaped})(?=\\s+(?:outcome|theme|section|measures?|objectives?)\\b)`, "gi");
    text = text
      .replace(after, (_match, word: string) => `${word} ${name}`)
      .replace(atEnd, (_match, word: string) => `${word} ${name}`)
      .replace(before, name);
  }
  return text;
}
