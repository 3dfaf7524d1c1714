import type { Answer } from "../answer/answer.js";

/** An answer for a terminal: the text, then warnings and sources. */
export function formatAnswer(answer: Answer): string {
  const lines = [answer.answer];
  if (answer.warnings.length > 0) lines.push("", ...answer.warnings.map((warning) => `⚠ ${warning}`));
  const cited = answer.sources.filter((source) => source.objective !== null || answer.status === "answered");
  // A briefing draft lists its sources in its own text, to be pasted with it.
  if (cited.length > 0 && answer.status === "answered" && !/\n\nSources:\n/.test(answer.answer)) {
    lines.push(
      "",
      "Sources:",
      ...[
        ...new Set(
          cited.map(
            (source) =>
              `- ${source.reportTitle}${source.objective ? `, ${source.objective}` : ""}${source.page === undefined ? "" : `, p. ${source.page}`}`,
          ),
        ),
      ],
    );
  }
  return lines.join("\n");
}
