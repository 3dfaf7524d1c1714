// Words that open a question of their own: "…and are we hitting it", "…and how does that compare".
const opener =
  "(?:are|is|was|were|has|have|had|did|does|do|how|what|which|why|when|where|who|can|will|should|could|would)";
const joint = new RegExp(
  `\\s*(?:[,;]\\s*(?:and|but|also|plus)?|\\s(?:and|but|also|plus))\\s+(?=(?:also\\s+)?${opener}\\b)`,
  "gi",
);

/**
 * The parts of a question that asks several things: split at "?" between sentences, at ";", and at "and" / "but"
 * / "also" when a question word follows ("what's the target and are we hitting it"). A part too short to ask
 * anything stays with the one before.
 */
export function splitQuestionParts(question: string): string[] {
  const sentences = question
    .split(/(?<=\?)\s+(?=\S)|;\s*/)
    .flatMap((sentence) => sentence.split(joint))
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const parts: string[] = [];
  for (const part of sentences) {
    const words = part
      .replace(/[?.!]+$/, "")
      .split(/\s+/)
      .filter(Boolean);
    const previous = parts.at(-1);
    if (previous !== undefined && words.length < 2) parts[parts.length - 1] = `${previous} ${part}`;
    else parts.push(part);
  }
  return parts;
}
