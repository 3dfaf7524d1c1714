import type { Answer } from "../answer/answer.js";
import { reportIdLabel } from "../report/report-id-label.js";

/**
 * The steps an answer went through, told from what the finished answer carries — "6 figures found in the Q2 2025-26
 * report → 6 of 6 checked against the report" — for a streamed reply. Only ever built from a finished answer, whose
 * figures are the store's own (an LLM draft that quotes one unsupported figure has already been replaced), so no
 * unchecked draft is ever shown.
 */
export function answerSteps(answer: Answer): string[] {
  const printed = answer.facts.filter((fact) => fact.type !== "derived");
  const derived = answer.facts.length - printed.length;
  const reports = [...new Set(printed.map((fact) => reportIdLabel(fact.report)))];
  const steps: string[] = [];
  if (printed.length > 0) {
    const where =
      reports.length === 1 ? `the ${reports[0]} report` : `${reports.length} reports (${reports.join(", ")})`;
    const figures = `${printed.length} figure${printed.length === 1 ? "" : "s"}`;
    steps.push(
      `${figures} found in ${where} → ${printed.length} of ${printed.length} checked against the report${reports.length === 1 ? "" : "s"}`,
    );
  }
  if (derived > 0)
    steps.push(`${derived} figure${derived === 1 ? "" : "s"} worked out from them by code, not by the model`);
  if (answer.sources.length > 0)
    steps.push(
      `${answer.sources.length} passage${answer.sources.length === 1 ? "" : "s"} of commentary quoted with ${answer.sources.length === 1 ? "its" : "their"} source`,
    );
  if (answer.status === "not_found") steps.push("Not in the reports: saying so rather than guessing");
  return steps;
}
