const emojiByRating: Record<string, string> = {
  strong: ":star:",
  good: ":large_green_circle:",
  review: ":large_orange_circle:",
  action: ":red_circle:",
  complete: ":white_check_mark:",
};

/**
 * The emoji shown beside a printed rating (measure performance or objective progress), matching the report's key:
 * green good, amber review, red action. A blank or unknown rating gets a white circle, never a guessed colour.
 */
export function ratingEmoji(rating: string | null): string {
  return emojiByRating[(rating ?? "").trim().toLowerCase()] ?? ":white_circle:";
}
