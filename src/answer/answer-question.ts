import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { Report } from "../report/report.js";
import type { SearchIndex } from "../search/load-search-index.js";
import { searchHybrid } from "../search/search-hybrid.js";
import type { Answer } from "./answer.js";
import type { Corpus } from "./corpus/build-corpus.js";
import { composeAnswer } from "./compose/compose-answer.js";
import { executePlan } from "./facts/execute-plan.js";
import type { CommentaryConflict } from "./corpus/find-commentary-conflicts.js";
import type { Plan } from "./plan/plan.js";
import { detectIntent } from "./plan/detect-intent.js";
import { planQuestion } from "./plan/plan-question.js";
import type { CircuitBreaker } from "./llm/create-circuit-breaker.js";
import type { RecordQueries } from "./corpus/record-queries.js";
import { citePages } from "./passages/cite-pages.js";
import { combineAnswers } from "./compose/combine-answers.js";
import { readQuestion } from "./read/read-question.js";
import { lexiconOf, outcomeNamesOf } from "./read/reading-context.js";
import { draftedIntents, draftWithFallback } from "./llm/draft-with-fallback.js";
import { modelAllowed } from "./llm/llm-context.js";
import { offlineIsSure, planWithFallback } from "./llm/plan-with-fallback.js";

/** What answering needs, loaded once: the reports newest first, the store's queries, the corpus, the search index. */
export interface AnswerDependencies {
  readonly reports: readonly Report[];
  readonly queries: RecordQueries;
  readonly corpus: Corpus;
  readonly conflicts: readonly CommentaryConflict[];
  readonly synonyms: (term: string) => readonly string[];
  /** Hybrid search over the chunks; when absent, passages come from word matching alone. */
  readonly search: SearchIndex | null;
  /** The chat model when OpenAI is configured: it plans, and drafts prose for explanations; null offline. */
  readonly chatModel?: BaseChatModel | null;
  /** Skips the chat model while it keeps failing, so an outage costs seconds once, not on every question. */
  readonly llmCircuit?: CircuitBreaker | null;
  /** Where LLM fallbacks are reported (never shown to the user). */
  readonly log?: (line: string) => void;
  /** Milliseconds clock, passed in so timings can be faked. */
  readonly now?: () => number;
  /** Frequency rank of an English word (0 = most common), from the word vectors' vocabulary: typos are corrected only with it. */
  readonly englishRank?: (word: string) => number | undefined;
}

/**
 * Answers a question as people type it: read it (shorthand, framing, typos, parts, ratings said another way), then
 * answer each part — a later part leans on the one before ("…and are we hitting it?") — and combine them. A
 * question that needed no reading is answered as asked; a rewritten one that finds nothing is tried as asked too.
 */
export async function answerQuestion(
  question: string,
  dependencies: AnswerDependencies,
  previousPlan: Plan | null = null,
): Promise<Answer> {
  const reading = readQuestion(question, {
    outcomeNames: outcomeNamesOf(dependencies),
    lexicon: lexiconOf(dependencies),
    acronyms: dependencies.search?.glossary.acronyms ?? [],
  });
  if (!reading.rewritten) return answerPart(question, dependencies, previousPlan);
  const parts = [];
  let previous = previousPlan;
  for (const part of reading.parts) {
    // "Cllr Smith asked about…": the framing asks for a briefing draft; a list stays a list.
    const asked =
      reading.draft && !/^(?:which|how many)\b/i.test(part)
        ? `draft a briefing on ${part}`
        : reading.chart && detectIntent(part) === "figure"
          ? `${part} over time`
          : part;
    const answer = await answerPart(asked, dependencies, previous);
    parts.push({ part, answer });
    if (answer.status === "answered") previous = answer.plan;
  }
  const combined = combineAnswers(reading, parts);
  if (combined.status === "answered") return combined;
  const asAsked = await answerPart(question, dependencies, previousPlan);
  return asAsked.status === "answered" ? asAsked : combined;
}

/**
 * Answers one plain question: plan (rules and word matching), execute (structured look-ups and passages), compose
 * (deterministic text where every figure is the report's own). `previousPlan` resolves follow-ups.
 */
async function answerPart(
  question: string,
  dependencies: AnswerDependencies,
  previousPlan: Plan | null,
): Promise<Answer> {
  const now = dependencies.now ?? (() => performance.now());
  const started = now();
  const offline = planQuestion(question, dependencies, previousPlan);
  const llm = dependencies.chatModel
    ? { model: dependencies.chatModel, circuit: dependencies.llmCircuit ?? null, log: dependencies.log }
    : null;
  const planned =
    llm && !offlineIsSure(offline) && modelAllowed(llm.circuit)
      ? await planWithFallback(question, offline, previousPlan, dependencies, llm)
      : offline;
  const planned_at = now();
  // Passages are ranked with the hybrid search's help; a question answered without passages does not search.
  const { plan } = planned;
  const needsPassages = planned.clarification === null && planned.definition === null && !planned.periodNotCovered;
  const hits =
    dependencies.search && needsPassages
      ? await searchHybrid(dependencies.search, plan.topic || question, { k: 8, report: plan.report })
      : [];
  const findings = executePlan(planned, { ...dependencies, hits });
  const retrieved = now();
  const composed = citePages(
    composeAnswer(question, planned, findings, dependencies.conflicts, dependencies.reports),
    dependencies.queries,
  );
  const answer =
    llm && composed.status === "answered" && draftedIntents.has(planned.plan.intent) && modelAllowed(llm.circuit)
      ? await draftWithFallback(composed, llm)
      : composed;
  const finished = now();
  return {
    ...answer,
    timings: {
      plan: round(planned_at - started),
      retrieve: round(retrieved - planned_at),
      compose: round(finished - retrieved),
      total: round(finished - started),
    },
  };
}

function round(milliseconds: number): number {
  return Math.round(milliseconds * 100) / 100;
}
