import { createInterface } from "node:readline";
import { Command } from "commander";
import { answerSchema, type Answer } from "../answer/answer.js";
import { createEngine } from "../engine/create-engine.js";
import type { Plan } from "../answer/plan/plan.js";
import { openAiConfig } from "../engine/openai-config.js";
import { formatAnswer } from "./format-answer.js";
import { writeChart } from "./write-chart.js";
import { loadEnvironment } from "./load-environment.js";

const program = new Command()
  .name("ask")
  .description("Answer questions about the council's performance reports, with exact figures and sources.")
  .argument("[question...]", "the question (quote it or not)")
  .option("--json", "print one JSON object for the question")
  .option("--jsonl", "read one question per line from stdin; print one JSON object per line, in order")
  .option("--chart <file>", "also draw the answer's chart (a trend, a comparison, ratings per report) as PNG to <file>")
  .addHelpText(
    "after",
    '\nExamples:\n  npm run ask -- "How many potholes have been repaired?"\n  npm run ask -- --chart /tmp/sickness.png "How has staff sickness absence changed?"\n  npm run ask -- --json "Which objectives are rated Action?"\n  printf "Why is SO-12 rated Review?\\n" | npm run -s ask -- --jsonl',
  );

program.parse();
const options = program.opts<{ json?: boolean; jsonl?: boolean; chart?: string }>();
const question = program.args.join(" ").trim();

if (!options.jsonl && question === "") {
  program.help({ error: true });
}
if (options.jsonl && options.chart !== undefined)
  program.error("ask: --chart draws one question's chart; it cannot be used with --jsonl.");

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

loadEnvironment();
const engine = await createEngine({ log: (line) => process.stderr.write(`${line}\n`), openAi: openAiConfig() });
try {
  if (options.jsonl) {
    // Each line is a question of its own: no follow-up context is carried from one line to the next.
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) {
      const text = line.trim();
      if (text === "") continue;
      const answer = await safeAsk(text, null);
      process.stdout.write(`${JSON.stringify({ ...answer, chart: engine.chart(text, answer) })}\n`);
    }
  } else {
    const answer = await safeAsk(question, null);
    const chart = engine.chart(question, answer);
    process.stdout.write(
      options.json ? `${JSON.stringify({ ...answer, chart }, null, 2)}\n` : `${formatAnswer(answer)}\n`,
    );
    if (options.chart !== undefined) {
      if (chart === null)
        process.stderr.write(
          "ask: no chart for this answer: charts are drawn for trends, comparisons and ratings per report, not for a single figure.\n",
        );
      else process.stderr.write(`Chart written to ${await writeChart(chart, options.chart)}\n`);
    }
  }
} finally {
  engine.close();
}

/** The engine's answer; an engine failure on one question becomes an answer saying so, so a batch never loses a line. */
async function safeAsk(text: string, previousPlan: Plan | null): Promise<Answer> {
  try {
    return answerSchema.parse(await engine.ask(text, { previousPlan }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`ask: failed on "${text}": ${message}\n`);
    const plan: Plan = {
      intent: "figure",
      objectives: [],
      measures: [],
      outcome: null,
      report: null,
      period: null,
      ratings: [],
      subject: null,
      topic: text,
    };
    return {
      question: text,
      status: "not_found",
      answer: `Sorry, this question could not be answered (${message}). No figures are given rather than a guess.`,
      restated: { figures: [], quotes: [] },
      facts: [],
      sources: [],
      warnings: [],
      warningDetails: [],
      choices: [],
      plan,
      timings: {},
    };
  }
}
