import type { PerformanceRating, ProgressRating } from "../report/ratings.js";

const progressRatings = ["Complete", "Good", "Review", "Action"] as const;
const performanceRatings = ["Strong", "Good", "Review", "Action"] as const;

/** How the report's key spells a blank cell, and the words a cell may use for "no rating"; all read as blank. */
const blankWords = /^(?:blank|awaiting update|no target|n\/?a|-+|–|—)$/i;

function normaliseRating<Rating extends string>(
  cell: string,
  allowed: readonly Rating[],
  spellings: Record<string, Rating>,
): Rating | null | undefined {
  const text = cell.normalize("NFKC").replace(/\s+/g, " ").trim();
  if (text === "" || blankWords.test(text)) return null;
  return allowed.find((rating) => rating.toLowerCase() === text.toLowerCase()) ?? spellings[text.toLowerCase()];
}

/** Reads a progress cell, case normalised ("COMPLETE", "Completed" → "Complete"); null for blank; undefined when the text is not a progress rating. */
export function parseProgressRating(cell: string): ProgressRating | undefined {
  return normaliseRating(cell, progressRatings, { completed: "Complete" });
}

/** Reads a performance-against-target cell, case normalised ("strong", "STRONG" → "Strong"); null for blank; undefined when unknown. */
export function parsePerformanceRating(cell: string): PerformanceRating | undefined {
  return normaliseRating(cell, performanceRatings, {});
}
