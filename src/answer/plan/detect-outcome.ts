import type { Report } from "../../report/report.js";
import { escapeRegExp } from "../read/escape-reg-exp.js";
import { outcomeOwnWords, outcomeWords } from "../read/outcome-words.js";

/**
 * The outcome (theme) a question names, by its short name: "Place measures", "the People outcome",
 * "Happy, safe, and healthy people". A short name that is also an ordinary word ("place", "people") counts only
 * when capitalised as a name or followed by "measures", "objectives", "outcome" or "theme".
 */
export function detectOutcome(question: string, reports: readonly Report[]): string | null {
  const names = [...new Set(reports.flatMap((report) => report.outcomes.map((outcome) => outcome.name)))];
  // "the value for money outcome": words before "outcome" or "theme" that one outcome's statement alone has.
  const described = describedOutcome(question, reports);
  if (described) return described;
  for (const name of names.sort((left, right) => right.length - left.length)) {
    const words = outcomeWords(name);
    const core = words.join(" ");
    const escaped = words.map(escapeRegExp).join("[\\s,]+");
    if (words.length >= 3) {
      const lead = words.slice(0, 2).map(escapeRegExp).join("[\\s,]+");
      if (new RegExp(`\\b${lead}\\b`, "i").test(question)) return name;
      // "resilient communities": two of the words only this name has, rating words aside.
      const named = outcomeOwnWords(name, names).filter((word) =>
        new RegExp(`\\b${escapeRegExp(word)}\\b`, "i").test(question),
      );
      if (named.length >= 2) return name;
      continue;
    }
    // "Place measures", "the council/corporate objectives".
    if (
      new RegExp(
        `\\b${escaped}(?:\\s*\\/\\s*[\\w-]+)?\\s+(?:measures?|objectives?|outcome|theme|section)\\b`,
        "i",
      ).test(question)
    )
      return name;
    // Written with its capital, and not merely as the question's first word.
    const named = new RegExp(`\\b${escaped}\\b`).exec(question);
    if (named && named.index > 0 && /^[A-Z]/.test(core)) return name;
  }
  return null;
}

function describedOutcome(question: string, reports: readonly Report[]): string | null {
  const before = /((?:[A-Za-z'-]+\s+){1,3})(?:outcome|theme)\b/i.exec(question)?.[1]?.trim().toLowerCase();
  if (!before) return null;
  const words = before.split(/\s+/);
  // The longest run of the words before "outcome" that ends there and some statement holds.
  for (let start = 0; start < words.length; start += 1) {
    const phrase = words.slice(start);
    if (phrase.length < 2 && phrase.every((word) => word.length < 5)) break;
    const pattern = new RegExp(`\\b${phrase.map(escapeRegExp).join("\\s+")}\\b`, "i");
    const holders = new Set(
      reports.flatMap((report) =>
        report.outcomes.filter((outcome) => pattern.test(outcome.description)).map((outcome) => outcome.name),
      ),
    );
    if (holders.size === 1) return [...holders][0] ?? null;
    if (holders.size > 1) return null;
  }
  return null;
}
