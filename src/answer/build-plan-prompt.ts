import type { Measure } from "../report/measure.js";
import type { Objective } from "../report/objective.js";
import type { Report } from "../report/report.js";
import { loadPrompt } from "./load-prompt.js";
import type { Plan } from "./plan.js";

/**
 * What the LLM planner may name. Pass the reports and only the candidate objectives and measures the offline
 * search found (about 30 lines in all): the prompt stays small and the plan is checked against exactly this.
 */
export type PlanCatalogue = {
  readonly reports: readonly Pick<Report, "id" | "periodLabel" | "periodEnd" | "outcomes">[];
  readonly objectives: readonly Pick<Objective, "report" | "code" | "title">[];
  readonly measures: readonly Pick<Measure, "id" | "name">[];
};

export type PlanPrompt = { readonly system: string; readonly user: string };

// Titles run to 40 words; the first 20 identify them and keep the prompt short.
const wordsPerTitle = 20;

/** The planner's messages: `prompts/plan.md` filled with the catalogue and previous plan as the system message, the question alone as the user message. */
export function buildPlanPrompt(input: { question: string; previousPlan: Plan | null; catalogue: PlanCatalogue }): PlanPrompt {
  const { catalogue } = input;
  const reports = [...catalogue.reports].sort((left, right) => right.periodEnd.localeCompare(left.periodEnd));
  const system = loadPrompt("plan", {
    reports: listOrNone(reports.map((report) => `- ${report.id}: ${report.periodLabel}; outcomes: ${report.outcomes.map((outcome) => outcome.name).join("; ")}`)),
    objectives: listOrNone(catalogue.objectives.map((objective) => `- ${objective.report} ${objective.code}: ${shorten(objective.title)}`)),
    measures: listOrNone(catalogue.measures.map((measure) => `- ${measure.id}: ${shorten(measure.name)}`)),
    previousPlan: input.previousPlan ? JSON.stringify(input.previousPlan) : "none",
  });
  return { system, user: input.question };
}

function listOrNone(lines: readonly string[]): string {
  return lines.length > 0 ? lines.join("\n") : "(none)";
}

function shorten(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > wordsPerTitle ? `${words.slice(0, wordsPerTitle).join(" ")}…` : words.join(" ");
}
