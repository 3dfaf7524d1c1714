import type { StatedCounts } from "../report/report.js";
import type { SourceLine } from "./source-line.js";
import { normaliseWhitespace } from "./sentence-shape.js";

const numberWords = [
  "no",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];
const count = `\\b(\\d+|${numberWords.join("|")})`;

const phrases = {
  total: `${count}\\s+Strategic Objectives`,
  complete: `${count}\\s+(?:(?:have|has)\\s+been\\s+completed|(?:are|is)\\s+complete(?:d)?)`,
  good: `${count}\\s+(?:shows?|are\\s+showing|is\\s+showing|have\\s+shown|has\\s+shown)\\s+good\\s+progress`,
  review: `${count}\\s+requires?\\s+review`,
  action: `${count}\\s+requires?\\s+action`,
};

function read(sentence: string, phrase: string): number | null {
  const match = new RegExp(phrase, "i").exec(sentence);
  if (!match) return null;
  const word = (match[1] ?? "").toLowerCase();
  return /^\d+$/.test(word) ? Number(word) : numberWords.indexOf(word);
}

/**
 * Reads the progress counts the report states in prose: "of the 25 Strategic Objectives …, 20 show good progress,
 * 3 require review and 2 require action"; "33 Strategic Objectives … 9 have been completed, 14 show good progress…";
 * singular forms and small numbers in words too ("one has been completed, one requires action").
 */
export function parseStatedCounts(lines: readonly SourceLine[]): StatedCounts | null {
  const any = new RegExp([phrases.complete, phrases.good, phrases.review, phrases.action].join("|"), "i");
  const found = lines.find(({ text }) => any.test(text));
  if (!found) return null;
  const sentence = normaliseWhitespace(found.text);
  return {
    total: read(sentence, phrases.total),
    complete: read(sentence, phrases.complete),
    good: read(sentence, phrases.good),
    review: read(sentence, phrases.review),
    action: read(sentence, phrases.action),
    sentence,
  };
}
