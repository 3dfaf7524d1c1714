import type { RatingFilter } from "./plan.js";

// The ways a why-question says how its record is rated: a RAG colour, a rating word after a verb or preposition, or
// plain words ("off track", "struggling").
const stated: readonly { pattern: RegExp; ratings: RatingFilter[] }[] = [
  {
    pattern:
      /\bred\b|\b(?:is|are|was|were|been|rated|on|as|at|flagged(?: as| for)?|marked(?: as| for)?|needs?|needing|requires?|requiring)\s+(?:an?\s+)?action\b/i,
    ratings: ["Action"],
  },
  {
    pattern:
      /\bamber\b|\bat risk\b|\b(?:is|are|was|were|been|rated|on|as|under|at|flagged(?: as| for)?|marked(?: as| for)?)\s+(?:a\s+)?review\b/i,
    ratings: ["Review"],
  },
  {
    pattern: /\bgreen\b|\b(?:rated|as|on)\s+(?:good|strong)\b/i,
    ratings: ["Good", "Strong"],
  },
  { pattern: /\b(?:rated|as|marked)\s+complete(?:d)?\b/i, ratings: ["Complete"] },
  {
    pattern:
      /\b(?:off track|not on track|struggling|falling behind|behind (?:target|schedule)|below target|missing (?:the |its |their )?target|flagged)\b/i,
    ratings: ["Review", "Action"],
  },
];

/** The ratings a question says its record has ("why is highways amber?" → Review), for telling close matches apart. */
export function statedRatings(question: string): RatingFilter[] {
  const found = new Set<RatingFilter>();
  for (const { pattern, ratings } of stated)
    if (pattern.test(question)) for (const rating of ratings) found.add(rating);
  return [...found];
}
