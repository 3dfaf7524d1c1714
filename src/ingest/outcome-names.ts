import type { Outcome } from "../report/report.js";
import type { SourceLine } from "./source-line.js";
import { normaliseWhitespace } from "./sentence-shape.js";

const contentsEntry = /^Outcome\s+(\d+)\s*[-–:]\s*(.+?)\s*\t\s*\d+\s*$/i;
const headingSeparator = /\s*:\s+|\s+[-–—]\s+/;

/** Text reduced for comparison: lower case, letters and digits only ("Happy, safe and healthy people:" ≈ "Happy, safe, and healthy people"). */
export function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** The part of a heading before its separator ("People: Latest Measure Data" → "People"), or null without one. */
export function headingPrefix(text: string): string | null {
  const parts = text.trim().split(headingSeparator);
  return parts.length > 1 ? (parts[0] ?? null) : null;
}

/**
 * Reads the outcomes from the contents list ("Outcome 2 - Place: Prosperous, green…\t18"). Where the entry has no
 * short name before a colon, the short name is the one the report's headings use for it ("Happy, safe, and healthy
 * people - Quarter 3 Progress"), spelt as in the outcome statement.
 */
export function parseOutcomes(frontMatter: readonly SourceLine[], allLines: readonly SourceLine[]): Outcome[] {
  const outcomes: Outcome[] = [];
  for (const { text } of frontMatter) {
    const match = contentsEntry.exec(text);
    if (!match) continue;
    const number = Number(match[1]);
    if (outcomes.some((outcome) => outcome.number === number)) continue;
    const entry = normaliseWhitespace(match[2] ?? "");
    const colon = /^(.+?)\s*:\s*(.+)$/.exec(entry);
    if (colon) {
      outcomes.push({ number, name: colon[1] ?? entry, description: colon[2] ?? entry });
      continue;
    }
    const words = entry.split(" ");
    const prefixes = allLines
      .map(({ text: lineText }) => (lineText.includes("\t") ? null : headingPrefix(lineText)))
      .filter((prefix): prefix is string => prefix !== null && comparable(entry).startsWith(`${comparable(prefix)} `));
    const shortest = prefixes.sort((first, second) => first.length - second.length)[0];
    const name = shortest === undefined ? entry : words.slice(0, shortest.trim().split(/\s+/).length).join(" ");
    outcomes.push({ number, name, description: entry });
  }
  return outcomes.sort((first, second) => first.number - second.number);
}

/** The outcome a heading or achievements sub-heading names, if any ("Outcome 1 - …", "Place: …", the outcome statement). */
export function matchOutcome(text: string, outcomes: readonly Outcome[]): Outcome | null {
  const trimmed = text.trim().replace(/:$/, "");
  const numbered = /^Outcome\s+(\d+)\b/i.exec(trimmed);
  if (numbered) return outcomes.find((outcome) => outcome.number === Number(numbered[1])) ?? null;
  const whole = comparable(trimmed);
  const prefix = comparable(headingPrefix(trimmed) ?? trimmed);
  return (
    outcomes.find(
      (outcome) =>
        comparable(outcome.name) === prefix ||
        comparable(outcome.name) === whole ||
        comparable(outcome.description) === whole ||
        comparable(`${outcome.name} ${outcome.description}`) === whole,
    ) ?? null
  );
}
