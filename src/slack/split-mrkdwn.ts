/**
 * Splits mrkdwn into pieces of at most `limit` characters (Slack refuses a section text over 3,000),
 * breaking at the last paragraph, then line, then sentence, then space before the limit,
 * and never inside an entity such as `&amp;`. Pieces are trimmed; empty text gives no pieces.
 */
export function splitMrkdwn(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > limit) {
    const cut = breakPoint(rest, limit);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest !== "") pieces.push(rest);
  return pieces;
}

function breakPoint(text: string, limit: number): number {
  const window = text.slice(0, limit + 1);
  // Prefer a break in the second half of the window, so pieces stay reasonably full.
  const floor = Math.floor(limit / 2);
  for (const separator of ["\n\n", "\n", ". ", " "]) {
    const at = window.lastIndexOf(separator, limit - separator.length);
    if (at >= floor) return at + separator.length;
  }
  const entityStart = window.lastIndexOf("&", limit);
  const entityEnd = window.indexOf(";", entityStart);
  return entityStart > 0 && entityStart > limit - 8 && (entityEnd === -1 || entityEnd >= limit) ? entityStart : limit;
}
