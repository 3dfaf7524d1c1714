import type { Report } from "../../report/report.js";
import type { Answer } from "../answer.js";
import { composeFound } from "./compose-found.js";
import { composeListing } from "./compose-listing.js";
import type { Findings } from "../facts/findings.js";
import type { CommentaryConflict } from "../corpus/find-commentary-conflicts.js";
import type { PlannedQuestion } from "../plan/planned-question.js";
import { reportLabel } from "../../report/report-label.js";

/** The deterministic answer: every figure as printed, with its period, target, rating and source. */
export function composeAnswer(
  question: string,
  planned: PlannedQuestion,
  findings: Findings,
  conflicts: readonly CommentaryConflict[],
  reports: readonly Report[],
): Omit<Answer, "timings"> {
  const base = { question, plan: planned.plan };
  if (findings.kind === "not_found") {
    const covered = reports.map((report) => reportLabel(report)).join(" and ");
    const closest =
      findings.closest.length > 0
        ? `\nClosest matches in the reports:\n${findings.closest.map((line) => `- ${line}`).join("\n")}`
        : "";
    return {
      ...base,
      status: "not_found",
      answer: `Not in the reports. ${findings.reason} I can answer about the strategic objectives and measures of the ${covered}.${closest}`,
      restated: { figures: [], quotes: [] },
      facts: [],
      sources: [],
      warnings: [],
      warningDetails: [],
      choices: [...findings.choices],
    };
  }
  if (findings.kind === "clarify") {
    return {
      ...base,
      status: "clarify",
      answer: `${findings.reason} Ask about a measure ("How many … this year?"), an objective ("What is SO-01?") or a rating ("Which objectives are rated Action?").`,
      restated: { figures: [], quotes: [] },
      facts: [],
      sources: [],
      warnings: [],
      warningDetails: [],
      choices: [...findings.choices],
    };
  }
  if (findings.kind === "list") return composeListing(base, findings, planned);
  return composeFound(base, findings, planned, conflicts);
}
