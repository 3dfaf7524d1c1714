import type { PerformanceRating } from "../../report/ratings.js";

/** What a rating is recomputed from. */
export interface RatingInput {
  readonly value: number;
  readonly target: number;
  readonly lowerIsBetter: boolean;
  /** Whether the figures are percentages (the key's "target greater than 95%" rule applies to them). */
  readonly percent: boolean;
}

/**
 * The rating the report's own key gives a figure against its target: Strong more than 5% better (2% where the
 * target is above 95%), Good between 5% better and 2% worse, Review more than 2% worse, Action more than 10% worse.
 * Differences are relative to the target.
 */
export function recomputeRating(input: RatingInput): Exclude<PerformanceRating, null> | null {
  if (input.target === 0) return null;
  const relative = (input.value - input.target) / Math.abs(input.target);
  const better = input.lowerIsBetter ? -relative : relative;
  const strongAbove = input.percent && input.target > 95 ? 0.02 : 0.05;
  const epsilon = 1e-9;
  if (better > strongAbove + epsilon) return "Strong";
  if (better >= -0.02 - epsilon) return "Good";
  if (better >= -0.1 - epsilon) return "Review";
  return "Action";
}
