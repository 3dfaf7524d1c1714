import type { StatedCounts } from "../report/report.js";
import type { SourceLine } from "./source-line.js";
import { normaliseWhitespace } from "./sentence-shape.js";

function count(sentence: string, pattern: RegExp): number | null {
  const match = pattern.exec(sentence);
  return match ? Number(match[1]) : null;
}

/**
 * Reads the progress counts the report states in prose: "of the 25 Strategic Objectives …, 20 show good progress,
 * 3 require review and 2 require action"; "33 Strategic Objectives … 9 have been completed, 14 show good progress…".
 */
export function parseStatedCounts(lines: readonly SourceLine[]): StatedCounts | null {
  const found = lines.find(({ text }) => /\d+\s+(?:show good progress|have been completed|are complete|requires? (?:review|action))/i.test(text));
  if (!found) return null;
  const sentence = normaliseWhitespace(found.text);
  return {
    total: count(sentence, /(\d+)\s+Strategic Objectives/i),
    complete: count(sentence, /(\d+)\s+(?:have been completed|are complete(?:d)?)/i),
    good: count(sentence, /(\d+)\s+(?:show|are showing|have shown)\s+good progress/i),
    review: count(sentence, /(\d+)\s+requires?\s+review/i),
    action: count(sentence, /(\d+)\s+requires?\s+action/i),
    sentence,
  };
}
