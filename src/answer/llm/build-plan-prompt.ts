import type { Measure } from "../../report/measure.js";
import type { Objective } from "../../report/objective.js";
import type { Report } from "../../report/report.js";
import { loadPrompt } from "./load-prompt.js";
import type { Plan } from "../plan/plan.js";

/**
 * What the LLM planner may name. Pass the reports and only the candidate objectives and measures the offline
 * search found (about 30 lines in all): the prompt stays small and the plan is checked against exactly this.
 */
export type PlanCatalogue = {
  readonly reports: readonly Pick<Report, "id" | "periodLabel" | "periodEnd" | "outcomes">[];
  readonly objectives: readonly Pick<Objective, "report" | "code" | "title">[];
  readonly measures: readonly Pick<Measure, "id" | "report" | "objective" | "name">[];
};

export type PlanPrompt = {
  readonly system: string;
  readonly user: string;
  /** The short handle shown for each measure ("M3") → its store id: ids are long slugs that cost tokens and invite miscopying. */
  readonly measureIds: ReadonlyMap<string, string>;
};

// Titles run to 40 words; the first 20 identify them and keep the prompt short.
const wordsPerTitle = 20;

/**
 * The planner's messages: `prompts/plan.md` filled with the catalogue and previous plan as the system message, the
 * question alone as the user message. Measures are shown by handle, the previous plan's measures too.
 */
export function buildPlanPrompt(input: {
  question: string;
  previousPlan: Plan | null;
  catalogue: PlanCatalogue;
}): PlanPrompt {
  const { catalogue, previousPlan } = input;
  const handles = new Map(catalogue.measures.map((measure, index) => [measure.id, `M${index + 1}`]));
  const reports = [...catalogue.reports].sort((left, right) => right.periodEnd.localeCompare(left.periodEnd));
  const system = loadPrompt("plan", {
    reports: reports.map(
      (report) =>
        `- ${report.id}: ${report.periodLabel}; outcomes: ${report.outcomes.map((outcome) => outcome.name).join("; ")}`,
    ),
    objectives: catalogue.objectives.map(
      (objective) => `- ${objective.report} ${objective.code}: ${shorten(objective.title)}`,
    ),
    measures: catalogue.measures.map(
      (measure) => `- ${handles.get(measure.id)} (${measure.report} ${measure.objective}): ${shorten(measure.name)}`,
    ),
    previousPlan: previousPlan
      ? JSON.stringify({ ...previousPlan, measures: previousPlan.measures.map((id) => handles.get(id) ?? id) })
      : "none",
  });
  return { system, user: input.question, measureIds: new Map([...handles].map(([id, handle]) => [handle, id])) };
}

function shorten(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  return words.length > wordsPerTitle ? `${words.slice(0, wordsPerTitle).join(" ")}…` : words.join(" ");
}
