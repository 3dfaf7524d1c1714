import type { Achievement, Outcome } from "../report/report.js";
import { matchOutcome } from "./outcome-names.js";
import type { SourceLine } from "./source-line.js";
import { joinWithSpace, normaliseWhitespace } from "./sentence-shape.js";

/** The prose of a report before its tables. */
export interface FrontMatter {
  readonly introduction: string;
  readonly achievements: Achievement[];
}

function sectionStart(lines: readonly SourceLine[], heading: string): number {
  return lines.findIndex(({ text }) => !text.includes("\t") && text.trim().toLowerCase() === heading);
}

/**
 * Reads the introduction (paragraphs under "Introduction" up to "Achievements") and the achievements bullets
 * ("- …" lines, joined with their wrapped continuation lines that start with a space), each under the outcome
 * sub-heading it follows.
 */
export function parseFrontMatter(lines: readonly SourceLine[], outcomes: readonly Outcome[]): FrontMatter {
  const introductionStart = sectionStart(lines, "introduction");
  const achievementsStart = sectionStart(lines, "achievements");
  const introduction: string[] = [];
  if (introductionStart >= 0) {
    for (const { text } of lines.slice(introductionStart + 1)) {
      if (text.includes("\t") || text.trim().toLowerCase() === "achievements") break;
      if (text.trim() !== "") introduction.push(normaliseWhitespace(text));
    }
  }
  const achievements: Achievement[] = [];
  if (achievementsStart >= 0) {
    let outcome: string | null = null;
    let bullet: Achievement | null = null;
    for (const { text, line } of lines.slice(achievementsStart + 1)) {
      if (text.includes("\t") || /^key to performance rating$/i.test(text.trim())) break;
      if (text.trim() === "") {
        bullet = null;
        continue;
      }
      if (/^\s*[-•–]\s+/.test(text)) {
        bullet = { outcome, text: normaliseWhitespace(text.replace(/^\s*[-•–]\s+/, "")), line };
        achievements.push(bullet);
      } else if (/^\s/.test(text) && bullet !== null) {
        const continued: Achievement = { ...bullet, text: joinWithSpace(bullet.text, text) };
        achievements[achievements.length - 1] = continued;
        bullet = continued;
      } else {
        bullet = null;
        const named = matchOutcome(text, outcomes);
        if (named) outcome = named.name;
      }
    }
  }
  return { introduction: introduction.join("\n\n"), achievements };
}
