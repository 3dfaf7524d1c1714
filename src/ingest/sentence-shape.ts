/** Whether text ends a sentence: a full stop, question or exclamation mark, or colon, optionally followed by closing quotes or brackets. */
export function endsSentence(text: string): boolean {
  return /[.!?:]["'’”)\]]*$/.test(text.trim());
}

/** Whether text starts with a lower-case letter, i.e. continues a sentence rather than starting one. */
export function startsLowerCase(text: string): boolean {
  return /^[a-z]/.test(text.trim());
}

/** Collapses runs of whitespace into single spaces and trims. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Joins two fragments of one sentence or name with a single space. */
export function joinWithSpace(first: string, second: string): string {
  return normaliseWhitespace(`${first} ${second}`);
}
