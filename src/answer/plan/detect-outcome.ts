import type { Report } from "../../report/report.js";

/**
 * The outcome (theme) a question names, by its short name: "Place measures", "the People outcome",
 * "Happy, safe, and healthy people". A short name that is also an ordinary word ("place", "people") counts only
 * when capitalised as a name or followed by "measures", "objectives", "outcome" or "theme".
 */
export function detectOutcome(question: string, reports: readonly Report[]): string | null {
  const names = [...new Set(reports.flatMap((report) => report.outcomes.map((outcome) => outcome.name)))];
  for (const name of names.sort((left, right) => right.length - left.length)) {
    const core = name
      .replace(/^(?:the|an?)\s+/i, "")
      .replace(/[,]/g, "")
      .trim();
    const words = core.split(/\s+/);
    const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[\\s,]+");
    if (words.length >= 3) {
      const lead = words
        .slice(0, 2)
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join("[\\s,]+");
      if (new RegExp(`\\b${lead}\\b`, "i").test(question)) return name;
      // "resilient communities": two of the words only this name has, rating words aside.
      const own = words.filter(
        (word) =>
          word.length >= 5 &&
          !/^(?:green|strong|good|review|action|complete)$/i.test(word) &&
          !names.some((other) => other !== name && new RegExp(`\\b${escapeWord(word)}\\b`, "i").test(other)),
      );
      if (own.filter((word) => new RegExp(`\\b${escapeWord(word)}\\b`, "i").test(question)).length >= 2) return name;
      continue;
    }
    if (new RegExp(`\\b${escaped}\\s+(?:measures?|objectives?|outcome|theme|section)\\b`, "i").test(question))
      return name;
    // Written with its capital, and not merely as the question's first word.
    const named = new RegExp(`\\b${escaped}\\b`).exec(question);
    if (named && named.index > 0 && /^[A-Z]/.test(core)) return name;
  }
  return null;
}

function escapeWord(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
