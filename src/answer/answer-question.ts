import type { Report } from "../report/report.js";
import type { SearchIndex } from "../search/load-search-index.js";
import { searchHybrid } from "../search/search-hybrid.js";
import type { Answer } from "./answer.js";
import type { Corpus } from "./build-corpus.js";
import { composeAnswer } from "./compose-answer.js";
import { executePlan } from "./execute-plan.js";
import type { CommentaryConflict } from "./find-commentary-conflicts.js";
import type { Plan } from "./plan.js";
import { planQuestion } from "./plan-question.js";
import type { RecordQueries } from "./record-queries.js";

/** What answering needs, loaded once: the reports newest first, the store's queries, the corpus, the search index. */
export interface AnswerDependencies {
  readonly reports: readonly Report[];
  readonly queries: RecordQueries;
  readonly corpus: Corpus;
  readonly conflicts: readonly CommentaryConflict[];
  readonly synonyms: (term: string) => readonly string[];
  /** Hybrid search over the chunks; when absent, passages come from word matching alone. */
  readonly search: SearchIndex | null;
  /** Milliseconds clock, passed in so timings can be faked. */
  readonly now?: () => number;
}

/**
 * Answers one question: plan (rules and word matching), execute (structured look-ups and passages), compose
 * (deterministic text where every figure is the report's own). `previousPlan` resolves follow-ups.
 */
export async function answerQuestion(question: string, dependencies: AnswerDependencies, previousPlan: Plan | null = null): Promise<Answer> {
  const now = dependencies.now ?? (() => performance.now());
  const started = now();
  const planned = planQuestion(question, dependencies, previousPlan);
  const planned_at = now();
  const hits = dependencies.search ? await searchHybrid(dependencies.search, planned.plan.topic || question, { k: 8, report: planned.plan.report }) : [];
  const findings = executePlan(planned, { ...dependencies, hits });
  const retrieved = now();
  const answer = composeAnswer(question, planned, findings, dependencies.conflicts, dependencies.reports);
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
