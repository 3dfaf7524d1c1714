import type { PerformanceRating, ProgressRating } from "../report/ratings.js";

const progressRatings = ["Complete", "Good", "Review", "Action"] as const;
const performanceRatings = ["Strong", "Good", "Review", "Action"] as const;

function normaliseRating<Rating extends string>(cell: string, allowed: readonly Rating[]): Rating | null | undefined {
  const text = cell.trim();
  if (text === "") return null;
  return allowed.find((rating) => rating.toLowerCase() === text.toLowerCase());
}

/** Reads a progress cell, case normalised; null for a blank cell; undefined when the text is not a progress rating. */
export function parseProgressRating(cell: string): ProgressRating | undefined {
  return normaliseRating(cell, progressRatings);
}

/** Reads a performance-against-target cell, case normalised ("strong" → "Strong"); null for blank; undefined when unknown. */
export function parsePerformanceRating(cell: string): PerformanceRating | undefined {
  return normaliseRating(cell, performanceRatings);
}
