/** Text with the characters a regular expression gives meaning to escaped, so it matches as written. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
