import { htmlToParagraphs } from "./html-to-paragraphs.js";
import { endsSentence, joinWithSpace, startsLowerCase } from "./sentence-shape.js";

/**
 * Joins the fragments of one commentary cell split over pages into clean paragraphs.
 * A fragment continues the previous paragraph (with a space) when that paragraph has not finished its sentence,
 * when the fragment starts lower-case, or when neither side marks a paragraph boundary (`</p>` / `<p>`);
 * otherwise it starts a new paragraph. Inside the result, a paragraph that stops mid-sentence is joined with the next.
 */
export function joinCommentary(fragments: readonly string[]): string[] {
  const paragraphs: string[] = [];
  let previousClosed = false;
  for (const fragment of fragments) {
    const parts = htmlToParagraphs(fragment);
    const [first, ...rest] = parts;
    if (first === undefined) continue;
    const last = paragraphs.at(-1);
    const opens = /^\s*<\s*p\b/i.test(fragment);
    if (last !== undefined && (!endsSentence(last) || startsLowerCase(first) || (!previousClosed && !opens))) {
      paragraphs[paragraphs.length - 1] = joinWithSpace(last, first);
      paragraphs.push(...rest);
    } else {
      paragraphs.push(...parts);
    }
    previousClosed = /<\s*\/\s*p\s*>\s*$/i.test(fragment);
  }
  return joinUnfinishedParagraphs(paragraphs);
}

/** Joins each paragraph that stops mid-sentence with the one after it (an extraction artefact, not an author's break). */
export function joinUnfinishedParagraphs(paragraphs: readonly string[]): string[] {
  const joined: string[] = [];
  for (const paragraph of paragraphs) {
    const last = joined.at(-1);
    if (last !== undefined && !endsSentence(last)) joined[joined.length - 1] = joinWithSpace(last, paragraph);
    else joined.push(paragraph);
  }
  return joined;
}
