import path from "node:path";
import { WordVectorEmbeddings } from "../search/word-vector-embeddings.js";
import { fileURLToPath } from "node:url";
import type { Records } from "../report/records.js";
import type { Report } from "../report/report.js";
import { createEmbeddings } from "../search/create-embeddings.js";
import { expandQuery } from "../search/expand-query.js";
import { loadSearchIndex, type SearchIndex } from "../search/load-search-index.js";
import { findMeasures } from "../store/find-measures.js";
import { findObjectives } from "../store/find-objectives.js";
import { findSeries } from "../store/find-series.js";
import { openStore } from "../store/open-store.js";
import { readRecords } from "../store/read-records.js";
import type { Answer, AskQuestion } from "../answer/answer.js";
import type { Chart } from "../chart/chart.js";
import { chartRecords, chooseChart } from "../chart/choose-chart.js";
import { acronymVariants } from "../answer/corpus/acronym-variants.js";
import { answerQuestion, type AnswerDependencies } from "../answer/answer-question.js";
import { buildCorpus } from "../answer/corpus/build-corpus.js";
import { ensureStore } from "./ensure-store.js";
import { createCircuitBreaker } from "../answer/llm/create-circuit-breaker.js";
import { findCommentaryConflicts, type Passage } from "../answer/corpus/find-commentary-conflicts.js";
import type { RecordQueries } from "../answer/corpus/record-queries.js";
import type { OpenAiConfig } from "./openai-config.js";
import { probeEmbeddings } from "../search/probe-embeddings.js";

/** The project's root folder (holding data/ and prompts/). */
export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));

/** A loaded engine: the question function and what it was loaded from. */
export interface Engine {
  readonly ask: AskQuestion;
  readonly records: Records;
  /** Newest first. */
  readonly reports: readonly Report[];
  readonly search: SearchIndex;
  readonly dependencies: AnswerDependencies;
  /** Whether answers use the OpenAI chat model (planning and drafting). */
  readonly openAi: boolean;
  /** The chart an answer gets (a series, or ratings per report), as data; null for one that draws none. */
  chart(question: string, answer: Answer): Chart | null;
  close(): void;
}

/** Where the engine reads from and how it reports progress. */
export interface EngineOptions {
  readonly root?: string;
  readonly reportsDirectory?: string;
  readonly databasePath?: string;
  /** Where the vector index is kept (one folder per embedder); default data/generated/index. */
  readonly indexDirectory?: string;
  readonly log?: (line: string) => void;
  /** OpenAI settings (from `openAiConfig()`); null or absent runs fully offline. */
  readonly openAi?: OpenAiConfig | null;
}

/**
 * Loads everything once: builds the store from data/reports on first run (or when a report changed), opens it,
 * prepares the offline embeddings and the search index, and tokenises the corpus. Offline only: the OpenAI
 * paths are wired on top by the caller.
 */
export async function createEngine(options: EngineOptions = {}): Promise<Engine> {
  const root = options.root ?? projectRoot;
  const log = options.log ?? (() => {});
  const reportsDirectory = options.reportsDirectory ?? path.join(root, "data", "reports");
  const databasePath = options.databasePath ?? path.join(root, "data", "generated", "records.sqlite");
  await ensureStore({ reportsDirectory, databasePath, log });
  const database = openStore(databasePath);
  const records = readRecords(database);
  const reports = [...records.reports].sort((left, right) => right.periodEnd.localeCompare(left.periodEnd));
  const { embeddings, name } = await chooseEmbeddings(options.openAi ?? null, path.join(root, "data"), log);
  const search = await loadSearchIndex({
    records,
    embeddings,
    embedderName: name,
    directory: options.indexDirectory ?? path.join(root, "data", "generated", "index"),
    log,
  });
  const corpus = buildCorpus(records, search.chunks);
  const passages: Passage[] = [
    ...records.objectives.map((objective) => ({
      report: objective.report,
      objective: objective.code,
      text: objective.commentary,
    })),
    ...records.reports.flatMap((report) =>
      report.achievements.map((achievement) => ({ report: report.id, objective: null, text: achievement.text })),
    ),
  ];
  const conflicts = findCommentaryConflicts(passages, records.measures, corpus.index);
  const queries: RecordQueries = {
    findMeasures: (filter) => findMeasures(database, filter),
    findObjectives: (filter) => findObjectives(database, filter),
    findSeries: (seriesKey) => findSeries(database, seriesKey),
  };

  // Words and word pairs of questions, expanded once each; bounded, so a long-running bot cannot grow it forever.
  const synonymCache = new Map<string, readonly string[]>();
  const synonyms = (term: string) => {
    let found = synonymCache.get(term);
    if (!found) {
      found = [...expandQuery(term, search.glossary).added, ...acronymVariants(term, search.glossary)];
      if (synonymCache.size >= 50_000) synonymCache.clear();
      synonymCache.set(term, found);
    }
    return found;
  };
  // Loaded only when configured: the OpenAI client costs memory and start-up time an offline run should not pay.
  const chatModel = options.openAi ? (await import("./create-chat-model.js")).createChatModel(options.openAi) : null;
  // The word vectors' vocabulary, most frequent first, tells an ordinary English word from a typo.
  const englishRank =
    embeddings instanceof WordVectorEmbeddings ? (word: string) => embeddings.vectors.rows.get(word) : undefined;
  const llmCircuit = options.openAi
    ? createCircuitBreaker({
        failureThreshold: options.openAi.circuitFailures ?? 3,
        coolDownMs: options.openAi.circuitCoolDownMs ?? 60_000,
        log,
      })
    : null;
  const dependencies: AnswerDependencies = {
    reports,
    queries,
    corpus,
    conflicts,
    synonyms,
    search,
    chatModel,
    llmCircuit,
    log,
    ...(englishRank ? { englishRank } : {}),
  };
  const charting = chartRecords(records);
  return {
    openAi: chatModel !== null,
    ask: (question, context) => answerQuestion(question, dependencies, context.previousPlan),
    chart: (question, answer) => chooseChart(question, answer, charting),
    records,
    reports,
    search,
    dependencies,
    close: () => database.close(),
  };
}

/** OpenAI embeddings when configured and answering; the offline word vectors otherwise, so the index stays usable. */
async function chooseEmbeddings(openAi: OpenAiConfig | null, dataDirectory: string, log: (line: string) => void) {
  if (openAi) {
    const remote = await createEmbeddings({
      openAiApiKey: openAi.apiKey,
      openAiBaseUrl: openAi.baseUrl,
      embeddingModel: openAi.embeddingModel,
      openAiTimeoutMs: openAi.timeoutMs,
      openAiMaxRetries: openAi.maxRetries,
      dataDirectory,
      log,
    });
    const probe = await probeEmbeddings(remote.embeddings);
    if (probe.success) return remote;
    log(`${probe.error} — using the offline word vectors instead.`);
  }
  return createEmbeddings({ dataDirectory, log });
}
