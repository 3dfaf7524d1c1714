import { splitSentences } from "./split-sentences.js";

/** Window sizes in words: the issue asks for one chunk per paragraph or 60–150 words at sentence boundaries. */
export const proseWindow = { minimumWords: 60, maximumWords: 150 } as const;

/**
 * Cuts prose (paragraphs separated by blank lines) into retrieval windows: a paragraph of at most 150 words
 * stays whole; a longer one is cut at sentence boundaries into near-equal windows of at most 150 words
 * (a single longer sentence stays whole rather than being cut mid-sentence); neighbouring windows under
 * 60 words are merged while the result stays within 150. The windows keep the text's own words.
 */
export function windowProse(text: string): string[] {
  const units: string[] = [];
  for (const paragraph of text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    if (countWords(paragraph) <= proseWindow.maximumWords) units.push(paragraph);
    else units.push(...balanceSentences(splitSentences(paragraph)));
  }
  const windows: string[] = [];
  for (const unit of units) {
    const previous = windows.at(-1);
    const fits = previous !== undefined && countWords(previous) + countWords(unit) <= proseWindow.maximumWords;
    if (fits && (countWords(previous) < proseWindow.minimumWords || countWords(unit) < proseWindow.minimumWords)) {
      windows[windows.length - 1] = `${previous}\n\n${unit}`;
    } else {
      windows.push(unit);
    }
  }
  return windows;
}

function balanceSentences(sentences: string[]): string[] {
  const total = sentences.reduce((sum, sentence) => sum + countWords(sentence), 0);
  const target = total / Math.ceil(total / proseWindow.maximumWords);
  const windows: string[] = [];
  let current: string[] = [];
  let words = 0;
  for (const sentence of sentences) {
    const size = countWords(sentence);
    if (current.length > 0 && (words >= target || words + size > proseWindow.maximumWords)) {
      windows.push(current.join(" "));
      current = [];
      words = 0;
    }
    current.push(sentence);
    words += size;
  }
  if (current.length > 0) windows.push(current.join(" "));
  return windows;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
