import { objectiveCode } from "../../report/objective-code.js";
import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import { OpenAiRequestError } from "../../search/openai-request-error.js";
import { buildPlanPrompt, type PlanCatalogue } from "./build-plan-prompt.js";
import { planSchema, type Plan } from "../plan/plan.js";

export type LlmPlanResult =
  | { readonly success: true; readonly plan: Plan }
  /** `cause` is the failed request, for the circuit breaker; absent when the model answered but the answer was rejected. */
  | { readonly success: false; readonly error: string; readonly cause?: OpenAiRequestError };

/**
 * Ask the chat model for a plan through structured output (strict JSON schema), then check that every report id,
 * objective code, measure and outcome it names is in the catalogue it was shown, and turn measure handles back into ids. Never throws: a timeout,
 * an HTTP error, malformed JSON or an unknown id gives `success: false` with the reason, and the caller uses the offline plan.
 */
export async function planWithLlm(input: {
  question: string;
  previousPlan: Plan | null;
  model: BaseChatModel;
  catalogue: PlanCatalogue;
}): Promise<LlmPlanResult> {
  const prompt = buildPlanPrompt(input);
  let answer: unknown;
  try {
    // `method` is explicit: LangChain picks it from the model name, which an OpenAI-compatible server need not follow.
    const planner = input.model.withStructuredOutput(planSchema, { method: "jsonSchema", name: "plan", strict: true });
    answer = await planner.invoke([
      { role: "system", content: prompt.system },
      { role: "user", content: prompt.user },
    ]);
  } catch (error) {
    const cause = OpenAiRequestError.from("planning", error);
    return { success: false, error: cause.message, cause };
  }
  const parsed = planSchema.safeParse(answer);
  if (!parsed.success) return { success: false, error: OpenAiRequestError.from("planning", parsed.error).message };
  return checkPlan(parsed.data, input.catalogue, prompt.measureIds);
}

function checkPlan(plan: Plan, catalogue: PlanCatalogue, measureIds: ReadonlyMap<string, string>): LlmPlanResult {
  const problems: string[] = [];
  const report = plan.report === null ? undefined : catalogue.reports.find((candidate) => candidate.id === plan.report);
  if (plan.report !== null && !report) problems.push(`unknown report "${plan.report}"`);

  // Codes are checked against the report the plan answers from when it names one: SO-12 is a different objective in each report.
  const objectives = catalogue.objectives.filter((objective) => !report || objective.report === report.id);
  const objectiveCodes = plan.objectives.map(normaliseObjectiveCode);
  for (const code of objectiveCodes) {
    if (!objectives.some((objective) => objective.code === code))
      problems.push(`unknown objective "${code}"${report ? ` in ${report.id}` : ""}`);
  }
  // The prompt shows handles ("M3"); a model that copies a full id from the previous plan is understood too.
  const measures = plan.measures.map((measure) => measureIds.get(measure.trim().toUpperCase()) ?? measure);
  for (const measure of measures) {
    if (!catalogue.measures.some((candidate) => candidate.id === measure))
      problems.push(`unknown measure "${measure}"`);
  }
  const outcomes = (report ? [report] : catalogue.reports).flatMap((candidate) =>
    candidate.outcomes.map((outcome) => outcome.name),
  );
  const outcome =
    plan.outcome === null ? null : outcomes.find((name) => name.toLowerCase() === plan.outcome!.trim().toLowerCase());
  if (outcome === undefined) problems.push(`unknown outcome "${plan.outcome}"`);

  if (problems.length > 0)
    return { success: false, error: `OpenAI planning failed: the plan names ${problems.join(", ")}` };
  return { success: true, plan: { ...plan, objectives: objectiveCodes, measures, outcome: outcome ?? null } };
}

// "SO-2" and "so-02" are the model's spelling of "SO-02"; anything else is left for the check to reject.
function normaliseObjectiveCode(code: string): string {
  const match = /^\s*SO\s*-?\s*(\d{1,2})\s*$/i.exec(code);
  return match ? objectiveCode(match[1] ?? "") : code;
}
