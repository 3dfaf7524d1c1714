import type { RatingFilter } from "./plan.js";

const ratingWords: readonly { rating: RatingFilter; pattern: RegExp }[] = [
  { rating: "Complete", pattern: /\b(?:complete|completed)\b/i },
  { rating: "Strong", pattern: /\bstrong\b/i },
  { rating: "Good", pattern: /\b(?:good|green|on track)\b/i },
  { rating: "Review", pattern: /\b(?:review|amber|at risk)\b/i },
  { rating: "Action", pattern: /\b(?:action|red)\b/i },
  {
    rating: "Blank",
    pattern:
      /\b(?:blank|awaiting (?:an )?update|no (?:progress )?rating|unrated|not (?:yet )?(?:been )?rated|without (?:a )?(?:progress )?rating)\b/i,
  },
];

// A rating word counts only where it is said of a rating: "rated Action", "are red", "require review",
// "Review rating", "have been completed" — not "care homes rated outstanding or good" in a figure question.
const ratingContext =
  /\b(?:rated|rating|ratings|rag|status|flagged|marked|graded|classed|require|requires|required|requiring|need|needs|needed|needing|show|shows|showing|are|were|is|was|been|as|in|(?:ended|finished|closed)(?:\s+(?:the\s+)?(?:year|quarter))?(?:\s+on)?|sitting|sat|stood|remains?|remained|stayed|stays|still|objectives|measures|ones|anything|everything)\s+(?:as\s+|at\s+|on\s+)?(?:an?\s+)?["'“]?(complete|completed|strong|good|green|on track|review|amber|at risk|action|red|blank|awaiting (?:an )?update|no rating|unrated|not rated)\b|\b(complete|completed|strong|good|green|review|amber|action|red|blank)["'”]?\s+(?:rating|rated|progress|status|objectives|measures)\b/gi;

const ratingWord = "complete|completed|strong|good|green|review|amber|action|red|blank";
const joinedRatings = new RegExp(
  `\\b(${ratingWord})\\b\\s*(?:,|\\bor\\b|\\band\\b|\\/)\\s*(?:rated\\s+)?\\b(${ratingWord})\\b`,
  "gi",
);

function ratingOf(word: string): RatingFilter | null {
  return ratingWords.find((entry) => entry.pattern.test(word))?.rating ?? null;
}

/** The question without the words that state a rating ("rated amber", "under review"), which name no topic. */
export function withoutRatingWords(question: string): string {
  let text = question
    .replace(ratingContext, " ")
    .replace(/\bunder review\b/gi, " ")
    .replace(blankRating, " ");
  for (const { pattern } of saidOtherwise) text = text.replace(new RegExp(pattern.source, "gi"), " ");
  return text;
}

/**
 * "is the recycling measure red?", "sickness absence green or red?", "what's the rag for …": the colour asks for
 * the record's rating, which every figure answer gives; it is not a word of the topic ("Green Entrepreneur Fund" is).
 */
export function withoutRatingAsked(question: string): string {
  // "how much of the savings are rated red" asks for an amount the commentary gives in RAG terms: kept.
  if (/^\s*how (?:much|many)\b/i.test(question)) return question;
  // "why recycling is off track", "why placements are flagged red", "are we on course to…": how it is rated, which
  // the answer gives.
  const text = question.replace(
    /\b(?:(?:not |back )?on (?:track|course)|off (?:track|course)|struggling|falling behind|behind target|below target|above target|flagged(?: (?:as |for )?(?:red|amber|green|action|review))?)\b/gi,
    " ",
  );
  const asked =
    /\b(?:rag|colou?r|(?:red|amber|green)\s+or\s+(?:red|amber|green))\b|\b(?:red|amber|green)\s*[?.!]*\s*$/i.test(text);
  return asked ? text.replace(/\b(?:red|amber|green|rag(?: rating| status)?|colou?r)\b/gi, " ") : text;
}

// "in the red", "below target": a rating said another way.
const saidOtherwise: readonly { pattern: RegExp; ratings: RatingFilter[] }[] = [
  // "what are the reds", "show me the ambers", "reds and ambers": the colours as things.
  { pattern: /\breds\b/i, ratings: ["Action"] },
  { pattern: /\bambers\b/i, ratings: ["Review"] },
  { pattern: /\bgreens\b/i, ratings: ["Good"] },
  { pattern: /\b(?:in|into) the red\b/i, ratings: ["Action"] },
  { pattern: /\b(?:in|into) the amber\b/i, ratings: ["Review"] },
  { pattern: /\b(?:in|into) the green\b/i, ratings: ["Good"] },
  {
    pattern:
      /\b(?:below|under|off|missing|missed|miss|behind|short of|fell short of|failed to (?:meet|hit|reach)|not (?:meeting|hitting|on|met|reached)|(?:did|do|does) not (?:meet|hit|reach)) (?:the |their |its )?targets?\b/i,
    ratings: ["Review", "Action"],
  },
  {
    pattern: /\b(?:above|over|exceeding|beating|ahead of|meeting|hitting|on) (?:the |their |its )?targets?\b/i,
    ratings: ["Strong", "Good"],
  },
];

const notGood =
  /\b(?:not|isn't|aren't|wasn't|weren't|anything but|other than)\s+(?:rated\s+)?(?:green|good|strong|on track)\b/i;

const blankRating =
  /\b(?:no (?:progress )?rating|no targets?|without (?:a )?targets?|(?:do|does|have|has) not have (?:a )?targets?|unrated|not (?:yet )?(?:been )?rated|without (?:a )?(?:progress )?rating|awaiting (?:an )?update|left blank|rating (?:is )?blank)\b/i;

/** The ratings a list or count question filters by ("which objectives are rated Action?" → ["Action"]). */
export function ratingFilters(question: string): RatingFilter[] {
  // "anything not green", "objectives that aren't on track": what is rated below Good.
  if (notGood.test(question) && !/\b(?:red|amber|action|review)\b/i.test(question)) return ["Review", "Action"];
  const found = new Set<RatingFilter>();
  if (blankRating.test(question)) found.add("Blank");
  for (const { pattern, ratings } of saidOtherwise)
    if (pattern.test(question)) for (const rating of ratings) found.add(rating);
  for (const match of question.matchAll(ratingContext)) {
    const word = match[1] ?? match[2] ?? "";
    for (const entry of ratingWords) if (entry.pattern.test(word)) found.add(entry.rating);
  }
  // "red or amber", "Review and Action": a word joined to a rating word is a rating too.
  for (const match of question.matchAll(joinedRatings)) {
    const pair = [ratingOf(match[1] ?? ""), ratingOf(match[2] ?? "")];
    if (pair.some((rating) => rating !== null && found.has(rating)))
      for (const rating of pair) if (rating) found.add(rating);
  }
  return [...found];
}
