import type { Answer } from "../answer.js";
import { checkDraftFigures } from "./check-draft-figures.js";
import { draftWithLlm } from "./draft-with-llm.js";
import { type LlmContext, recordOutcome } from "./llm-context.js";

/** Intents whose answer is prose worth drafting; lookups, lists, counts and trends are stated by code alone. */
export const draftedIntents: ReadonlySet<string> = new Set(["explain", "summary", "draft"]);

/** The LLM's prose in place of the deterministic text, only when every figure in it is in the facts or passages. */
export async function draftWithFallback(
  composed: Omit<Answer, "timings">,
  llm: LlmContext,
): Promise<Omit<Answer, "timings">> {
  const passages = composed.sources.map((source) => ({
    report: source.report,
    objective: source.objective,
    text: source.quote,
  }));
  const draft = await draftWithLlm({ question: composed.question, facts: composed.facts, passages, model: llm.model });
  recordOutcome(llm.circuit, draft);
  if (!draft.success) {
    llm.log?.(`${draft.error}; using the deterministic answer.`);
    return composed;
  }
  const check = checkDraftFigures(draft.text, { facts: composed.facts, passages });
  if (!check.supported) {
    llm.log?.(
      `The LLM draft states figures not in the reports (${check.unsupported.join(", ")}); using the deterministic answer.`,
    );
    return composed;
  }
  return { ...composed, answer: draft.text };
}
