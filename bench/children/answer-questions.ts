// A bench child: loads the engine once, answers every question (one warm-up pass, then timed passes), times the
// search alone, reads the peak memory, then counts the prompts LLM mode would send — against a local recorder.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { answerQuestion } from "../../src/answer/answer-question.js";
import { createChatModel } from "../../src/engine/create-chat-model.js";
import { createEngine, type Engine } from "../../src/engine/create-engine.js";
import { searchHybrid } from "../../src/search/search-hybrid.js";
import { countChatTokens } from "../count-chat-tokens.js";
import { startRecordingChatServer } from "../start-recording-chat-server.js";
import { summariseSamples } from "../summarise-samples.js";
import {
  type AnswerQuestionsInput,
  type AnswerQuestionsOutput,
  answerQuestionsInputSchema,
  type QuestionPrompts,
} from "./answer-questions-io.js";

// performance.now() counts from the process's start: this line runs once Node, tsx and every import above are loaded.
const importMilliseconds = performance.now();
const input = answerQuestionsInputSchema.parse(JSON.parse(process.argv[2] ?? "null"));
const log = (line: string) => process.stderr.write(`${line}\n`);

let indexRebuilt = false;
const engineStarted = performance.now();
const engine = await createEngine({
  reportsDirectory: input.reportsDirectory,
  databasePath: input.databasePath,
  indexDirectory: input.indexDirectory,
  log: (line) => {
    if (/^Embedding /.test(line)) indexRebuilt = true;
    log(line);
  },
});
const engineMilliseconds = performance.now() - engineStarted;

const firstStarted = performance.now();
await engine.ask(input.questions[0]!.question, { previousPlan: null });
const firstAnswerMilliseconds = performance.now() - firstStarted;

const samples = { wall: [] as number[], plan: [] as number[], retrieve: [] as number[], compose: [] as number[] };
const slowestByQuestion = new Map<string, number>();
const statuses: Record<string, number> = {};
const profiler = input.warmProfilePath ? await startProfiler() : null;
for (let pass = 0; pass <= input.passes; pass += 1) {
  for (const question of input.questions) {
    const started = performance.now();
    const answer = await engine.ask(question.question, { previousPlan: null });
    const wall = performance.now() - started;
    if (pass === 0) {
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
      continue;
    }
    samples.wall.push(wall);
    samples.plan.push(answer.timings.plan ?? 0);
    samples.retrieve.push(answer.timings.retrieve ?? 0);
    samples.compose.push(answer.timings.compose ?? 0);
    const key = `${question.set}\u0000${question.id}`;
    slowestByQuestion.set(key, Math.max(slowestByQuestion.get(key) ?? 0, wall));
  }
  log(
    pass === 0
      ? `warm-up pass over ${input.questions.length} questions done`
      : `timed pass ${pass} of ${input.passes} done`,
  );
}
const slowest = [...slowestByQuestion]
  .sort((left, right) => right[1] - left[1])
  .slice(0, 5)
  .map(([key, milliseconds]) => {
    const [set = "", id = ""] = key.split("\u0000");
    return {
      set,
      id,
      question: input.questions.find((question) => question.set === set && question.id === id)?.question ?? "",
      milliseconds: Math.round(milliseconds * 100) / 100,
    };
  });

const searchSamples: number[] = [];
for (let pass = 0; pass <= input.passes; pass += 1) {
  for (const query of input.retrievalQueries) {
    const started = performance.now();
    await searchHybrid(engine.search, query, { k: 5 });
    if (pass > 0) searchSamples.push(performance.now() - started);
  }
}
const peakRssMegabytes = process.resourceUsage().maxRSS / 1024;
if (profiler && input.warmProfilePath) await profiler.stop(input.warmProfilePath);

const output: AnswerQuestionsOutput = {
  importMilliseconds,
  engineMilliseconds,
  firstAnswerMilliseconds,
  indexRebuilt,
  reports: engine.reports.length,
  warm: {
    wall: summariseSamples(samples.wall),
    plan: summariseSamples(samples.plan),
    retrieve: summariseSamples(samples.retrieve),
    compose: summariseSamples(samples.compose),
  },
  slowest,
  statuses,
  search: summariseSamples(searchSamples),
  peakRssMegabytes,
  prompts: input.countPrompts ? await countPrompts(engine, input) : null,
};
engine.close();
process.stdout.write(`${JSON.stringify(output)}\n`);

/** The inspector's CPU profiler, for the warm passes only: `--cpu-prof` would mix in the start-up. */
async function startProfiler(): Promise<{ stop(file: string): Promise<void> }> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  return {
    async stop(file) {
      const { profile } = await session.post("Profiler.stop");
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

/**
 * Answers each question once more with a chat model pointed at a local recorder that answers every request with an
 * error: the engine sends its real plan (and, for prose intents, draft) requests, then falls back offline.
 */
async function countPrompts(
  engine: Engine,
  input: AnswerQuestionsInput,
): Promise<NonNullable<AnswerQuestionsOutput["prompts"]>> {
  const { Tiktoken } = await import("js-tiktoken/lite");
  const { default: ranks } = await import("js-tiktoken/ranks/o200k_base");
  const encoder = new Tiktoken(ranks);
  const countTokens = (text: string) => encoder.encode(text, "all").length;
  const server = await startRecordingChatServer();
  try {
    const chatModel = createChatModel({
      apiKey: "bench-no-api-call",
      baseUrl: server.baseUrl,
      chatModel: input.chatModel,
      timeoutMs: 5_000,
      maxRetries: 0,
    });
    const dependencies = { ...engine.dependencies, chatModel, log: () => {} };
    const questions: QuestionPrompts[] = [];
    for (const question of input.questions) {
      const before = server.requests.length;
      const answer = await answerQuestion(question.question, dependencies, null);
      const requests = server.requests
        .slice(before)
        .map((body) => ({ body, tokens: countChatTokens(body, countTokens) }));
      // The planning request carries the structured-output schema; the drafting request has none.
      const plan = requests.find((request) => request.tokens.schema > 0) ?? null;
      const draft = requests.find((request) => request.tokens.schema === 0) ?? null;
      questions.push({
        set: question.set,
        id: question.id,
        intent: answer.plan.intent,
        status: answer.status,
        calls: requests.length,
        planTokens: plan?.tokens.total ?? null,
        planSchemaTokens: plan?.tokens.schema ?? null,
        draftTokens: draft?.tokens.total ?? null,
      });
    }
    log(`counted the LLM prompts of ${questions.length} questions (${server.requests.length} chat requests)`);
    const reportTokens = input.reportFiles.map((file) => ({
      file: path.basename(file),
      tokens: countTokens(readFileSync(file, "utf8")),
    }));
    return { encoding: "o200k_base", chatModel: input.chatModel, questions, reportTokens };
  } finally {
    await server.close();
  }
}
