import type { BaseChatModel } from "@langchain/core/language_models/chat_models";
import type { OpenAiRequestError } from "../search/openai-request-error.js";
import type { Report } from "../report/report.js";
import type { SearchIndex } from "../search/load-search-index.js";
import { searchHybrid } from "../search/search-hybrid.js";
import type { Answer } from "./answer.js";
import type { Corpus } from "./corpus/build-corpus.js";
import { composeAnswer } from "./compose/compose-answer.js";
import { executePlan } from "./facts/execute-plan.js";
import type { CommentaryConflict } from "./corpus/find-commentary-conflicts.js";
import type { Plan } from "./plan/plan.js";
import { planQuestion } from "./plan/plan-question.js";
import type { PlannedQuestion } from "./plan/planned-question.js";
import { planWithLlm } from "./llm/plan-with-llm.js";
import { draftWithLlm } from "./llm/draft-with-llm.js";
import { checkDraftFigures } from "./llm/check-draft-figures.js";
import type { CircuitBreaker } from "./llm/create-circuit-breaker.js";
import type { RecordQueries } from "./corpus/record-queries.js";
import { citePages } from "./passages/cite-pages.js";
import { buildLexicon } from "./read/build-lexicon.js";
import { combineAnswers } from "./compose/combine-answers.js";
import { readQuestion } from "./read/read-question.js";
import { reportCatalogue } from "../report/report-catalogue.js";

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

// Intents whose answer is prose worth drafting; lookups, lists, counts and trends are stated by code alone.
const draftedIntents = new Set(["explain", "summary", "draft"]);

/**
 * Answers a question as people type it: read it (shorthand, framing, typos, parts, ratings said another way), then
 * answer each part — a later part leans on the one before ("…and are we hitting it?") — and combine them. A
 * question that needed no reading is answered as asked; a rewritten one that finds nothing is tried as asked too.
 */
export async function answerQuestion(question: string, dependencies: AnswerDependencies, previousPlan: Plan | null = null): Promise<Answer> {
  const reading = readQuestion(question, { outcomeNames: outcomeNamesOf(dependencies), lexicon: lexiconOf(dependencies), acronyms: dependencies.search?.glossary.acronyms ?? [] });
  if (!reading.rewritten) return answerPart(question, dependencies, previousPlan);
  const parts = [];
  let previous = previousPlan;
  for (const part of reading.parts) {
    // "Cllr Smith asked about…": the framing asks for a briefing draft; a list stays a list.
    const asked = reading.draft && !/^(?:which|how many)\b/i.test(part) ? `draft a briefing on ${part}` : part;
    const answer = await answerPart(asked, dependencies, previous);
    parts.push({ part, answer });
    if (answer.status === "answered") previous = answer.plan;
  }
  const combined = combineAnswers(reading, parts);
  if (combined.status === "answered") return combined;
  const asAsked = await answerPart(question, dependencies, previousPlan);
  return asAsked.status === "answered" ? asAsked : combined;
}

// Built once per loaded corpus: the vocabulary typos are read against.
const lexicons = new WeakMap<Corpus, Map<string, number>>();

function lexiconOf(dependencies: AnswerDependencies) {
  if (!dependencies.englishRank) return null;
  let words = lexicons.get(dependencies.corpus);
  if (!words) {
    const { corpus } = dependencies;
    words = buildLexicon([
      ...corpus.measures.map((entry) => entry.measure.name),
      ...corpus.objectives.map((entry) => entry.objective.title),
      ...corpus.passages.flatMap((entry) => entry.sentences.map((sentence) => sentence.text)),
    ]);
    lexicons.set(dependencies.corpus, words);
  }
  return { words, englishRank: dependencies.englishRank };
}

function outcomeNamesOf(dependencies: AnswerDependencies): string[] {
  return [...new Set(dependencies.reports.flatMap((report) => report.outcomes.map((outcome) => outcome.name)))];
}

/**
 * Answers one plain question: plan (rules and word matching), execute (structured look-ups and passages), compose
 * (deterministic text where every figure is the report's own). `previousPlan` resolves follow-ups.
 */
async function answerPart(question: string, dependencies: AnswerDependencies, previousPlan: Plan | null): Promise<Answer> {
  const now = dependencies.now ?? (() => performance.now());
  const started = now();
  const offline = planQuestion(question, dependencies, previousPlan);
  const planned = dependencies.chatModel && !offlineIsSure(offline) && modelAllowed(dependencies) ? await planWithFallback(question, offline, previousPlan, dependencies, dependencies.chatModel) : offline;
  const planned_at = now();
  // Passages are ranked with the hybrid search's help; a question answered without passages does not search.
  const { plan } = planned;
  const needsPassages = planned.clarification === null && planned.definition === null && !planned.periodNotCovered;
  const hits = dependencies.search && needsPassages ? await searchHybrid(dependencies.search, plan.topic || question, { k: 8, report: plan.report }) : [];
  const findings = executePlan(planned, { ...dependencies, hits });
  const retrieved = now();
  const composed = citePages(composeAnswer(question, planned, findings, dependencies.conflicts, dependencies.reports), dependencies.queries);
  const answer = dependencies.chatModel && composed.status === "answered" && draftedIntents.has(planned.plan.intent) && modelAllowed(dependencies)
    ? await draftWithModel(composed, dependencies, dependencies.chatModel)
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

/**
 * Whether the offline plan already knows what to look up — named measures or objectives, a rating or outcome
 * filter, a completion date, a period no report covers, an overview — so the LLM planner is not asked: pure lookups
 * make no LLM call at all.
 */
function offlineIsSure(planned: PlannedQuestion): boolean {
  const { plan } = planned;
  if (plan.measures.length > 0 || plan.objectives.length > 0) return true;
  if ((plan.intent === "list" || plan.intent === "count") && (plan.ratings.length > 0 || plan.outcome !== null || planned.completionBy !== null)) return true;
  return planned.periodNotCovered || planned.clarification !== null || (plan.intent === "summary" && plan.subject === "objectives");
}

/** The LLM's plan when it is valid and names only what exists; otherwise the offline plan. */
async function planWithFallback(question: string, offline: PlannedQuestion, previousPlan: Plan | null, dependencies: AnswerDependencies, model: BaseChatModel): Promise<PlannedQuestion> {
  // Only the candidates the offline matching found: an empty code list would ask the store for every objective.
  const namedObjectives = offline.plan.objectives.length > 0 ? dependencies.queries.findObjectives({ codes: offline.plan.objectives }) : [];
  const previousMeasures = previousPlan && previousPlan.measures.length > 0 ? dependencies.queries.findMeasures({ ids: previousPlan.measures }) : [];
  // One candidate per series, from the newest report that has it (the executor finds the others by series).
  const order = reportCatalogue(dependencies.reports).positions;
  const linked = [...offline.links.measures]
    .sort((left, right) => right.score - left.score || (order.get(left.item.report) ?? 0) - (order.get(right.item.report) ?? 0))
    .map((entry) => entry.item);
  const candidateMeasures = uniqueBy([...previousMeasures, ...uniqueBy(linked, (measure) => measure.seriesKey).slice(0, 20)], (measure) => measure.id);
  const candidateObjectives = [...namedObjectives, ...offline.links.objectives.slice(0, 10).map((entry) => entry.item)];
  const result = await planWithLlm({
    question,
    previousPlan,
    model,
    catalogue: { reports: reportsInScope(dependencies.reports, [...candidateMeasures, ...candidateObjectives], offline.plan.report), objectives: uniqueBy(candidateObjectives, (objective) => objective.id), measures: candidateMeasures },
  });
  recordOutcome(dependencies, result);
  if (!result.success) {
    dependencies.log?.(`${result.error}; using the offline plan.`);
    return offline;
  }
  return { ...offline, plan: result.plan };
}

/** Whether the chat model may be called for this step: the circuit breaker says no while the endpoint keeps failing. */
function modelAllowed(dependencies: AnswerDependencies): boolean {
  return dependencies.llmCircuit?.allow() ?? true;
}

function recordOutcome(dependencies: AnswerDependencies, result: { readonly success: boolean; readonly cause?: OpenAiRequestError }): void {
  if (result.cause) dependencies.llmCircuit?.failed(result.cause);
  else dependencies.llmCircuit?.succeeded();
}

/** The LLM's prose in place of the deterministic text, only when every figure in it is in the facts or passages. */
async function draftWithModel(composed: Omit<Answer, "timings">, dependencies: AnswerDependencies, model: BaseChatModel): Promise<Omit<Answer, "timings">> {
  const passages = composed.sources.map((source) => ({ report: source.report, objective: source.objective, text: source.quote }));
  const draft = await draftWithLlm({ question: composed.question, facts: composed.facts, passages, model });
  recordOutcome(dependencies, draft);
  if (!draft.success) {
    dependencies.log?.(`${draft.error}; using the deterministic answer.`);
    return composed;
  }
  const check = checkDraftFigures(draft.text, { facts: composed.facts, passages });
  if (!check.supported) {
    dependencies.log?.(`The LLM draft states figures not in the reports (${check.unsupported.join(", ")}); using the deterministic answer.`);
    return composed;
  }
  return { ...composed, answer: draft.text };
}

/** The reports a planning prompt lists: the newest few, those its candidates come from, and the one already asked for. */
function reportsInScope(reports: readonly Report[], candidates: readonly { readonly report: string }[], asked: string | null): Report[] {
  const wanted = new Set([...reportCatalogue(reports).recent.map((report) => report.id), ...candidates.map((candidate) => candidate.report), ...(asked ? [asked] : [])]);
  return reports.filter((report) => wanted.has(report.id));
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}

function round(milliseconds: number): number {
  return Math.round(milliseconds * 100) / 100;
}
