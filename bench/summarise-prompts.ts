import type { PromptSummary } from "./bench-results.js";
import type { AnswerQuestionsOutput } from "./children/answer-questions-io.js";
import { summariseSamples } from "./summarise-samples.js";

/**
 * Medians and maxima of the counted prompts: per question (all its requests), the planning requests and the drafting
 * requests; how many requests the questions made, by intent; and the tokens of the whole report texts.
 */
export function summarisePrompts(prompts: NonNullable<AnswerQuestionsOutput["prompts"]>): PromptSummary {
  const { questions } = prompts;
  const present = (values: readonly (number | null)[]) => values.filter((value): value is number => value !== null);
  const perQuestion = summariseSamples(
    questions.map((question) => (question.planTokens ?? 0) + (question.draftTokens ?? 0)),
  );
  const plan = summariseSamples(present(questions.map((question) => question.planTokens)));
  const draft = summariseSamples(present(questions.map((question) => question.draftTokens)));
  const callsPerQuestion: Record<string, number> = {};
  const callsSeen = new Map<string, Set<number>>();
  for (const question of questions) {
    callsPerQuestion[String(question.calls)] = (callsPerQuestion[String(question.calls)] ?? 0) + 1;
    const key = `${question.intent}${question.status === "answered" ? "" : ` (${question.status})`}`;
    callsSeen.set(key, (callsSeen.get(key) ?? new Set()).add(question.calls));
  }
  const callsByIntent = Object.fromEntries(
    [...callsSeen]
      .sort(([left], [right]) => left.localeCompare(right))
      .map(([key, calls]) => [key, [...calls].sort().join(" or ")]),
  );
  return {
    encoding: prompts.encoding,
    chatModel: prompts.chatModel,
    perQuestion: { median: perQuestion.p50, max: perQuestion.max },
    plan: {
      median: plan.p50,
      max: plan.max,
      schemaTokens: Math.max(0, ...present(questions.map((question) => question.planSchemaTokens))),
    },
    draft: { count: draft.count, median: draft.p50, max: draft.max },
    callsPerQuestion,
    callsByIntent,
    reportTokens: prompts.reportTokens,
    allReportsTokens: prompts.reportTokens.reduce((total, report) => total + report.tokens, 0),
  };
}
