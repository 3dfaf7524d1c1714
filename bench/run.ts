// `npm run bench`: build, cold start, warm latency, memory, LLM prompt sizes and growth with the number of reports —
// offline, each measurement in its own process. Prints tables on stdout, progress on stderr, writes bench/results.json.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Command, InvalidArgumentError } from "commander";
import { z } from "zod";
import { wordVectorDirectory } from "../src/search/create-embeddings.js";
import { prepareWordVectors, wordVectorFiles } from "../src/search/prepare-word-vectors.js";
import type { BenchResults, GrowthPoint, WordVectorConversion } from "./bench-results.js";
import { checkTargets } from "./check-targets.js";
import { answerQuestionsOutputSchema, type AnswerQuestionsInput } from "./children/answer-questions-io.js";
import { buildIndexOutputSchema } from "./children/build-index-io.js";
import { drawChartsOutputSchema } from "./children/draw-charts-io.js";
import { readPdfsOutputSchema } from "./children/read-pdfs-io.js";
import { checkLimitsTargets } from "./check-limits-targets.js";
import { formatLimitsSection, formatResultsTable } from "./format-results-table.js";
import { loadBenchQuestions } from "./load-bench-questions.js";
import { measureColdStart, type ColdRun } from "./measure-cold-start.js";
import { measureLimitsReport } from "./measure-limits-report.js";
import { formatSlackLoad, measureSlackLoad } from "./measure-slack-load.js";
import { runChild } from "./run-child.js";
import { summariseCpuProfile } from "./summarise-cpu-profile.js";
import { summarisePrompts } from "./summarise-prompts.js";
import { summariseSamples } from "./summarise-samples.js";
import { writeSyntheticReports } from "./write-synthetic-reports.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const benchDirectory = path.join(root, "bench");
const dataDirectory = path.join(root, "data");
const reportsDirectory = path.join(dataDirectory, "reports");
const resultsFile = path.join(benchDirectory, "results.json");
const coldQuestion = "How many potholes have been repaired?";
const chatModel = "gpt-4o-mini";

const wholeNumber = (minimum: number) => (text: string) => {
  const number = Number(text);
  if (!Number.isInteger(number) || number < minimum)
    throw new InvalidArgumentError(`expected a whole number of ${minimum} or more`);
  return number;
};
const reportCounts = (text: string) =>
  text === "none" ? [] : text.split(",").map((count) => wholeNumber(1)(count.trim()));
const program = new Command()
  .name("bench")
  .description(
    "Measure the bot offline: build, cold start, warm latency, memory, LLM prompt sizes, growth with the number of reports.",
  )
  .option(
    "--growth <counts>",
    "report counts for the growth run, comma-separated; 'none' to skip",
    reportCounts,
    [2, 10, 50],
  )
  .option("--passes <n>", "timed passes over the questions with the 2 real reports", wholeNumber(1), 3)
  .option("--growth-passes <n>", "timed passes over the questions at each growth size", wholeNumber(1), 2)
  .option("--cold-runs <n>", "cold starts to time", wholeNumber(1), 5)
  .option("--profile", "also write CPU profiles (bench/tmp/profiles/) and print where the time goes")
  .option("--no-slack-load", "skip the Slack HTTP load runs (200 mentions, as is, with a 429 and with a 500)")
  .option("--no-limits", "skip the report at the ingest limits (99 objectives, 500 measures, 50 notes each)")
  .option("--only <part>", "run one part alone and print it, writing no results file: 'limits'", (text: string) => {
    if (text !== "limits") throw new InvalidArgumentError("expected 'limits'");
    return text;
  })
  .parse();
const options = program.opts<{
  growth: number[];
  passes: number;
  growthPasses: number;
  coldRuns: number;
  profile?: boolean;
  slackLoad: boolean;
  limits: boolean;
  only?: "limits";
}>();

const log = (line: string) => process.stderr.write(`${line}\n`);
const started = performance.now();
const loadAtStart = os.loadavg()[0] ?? 0;
const profileDirectory = path.join(benchDirectory, "tmp", "profiles");
const warmProfile = (label: string) =>
  options.profile ? path.join(profileDirectory, label, "warm-passes.cpuprofile") : null;
const nodeFlags = (label: string) =>
  options.profile ? ["--cpu-prof", `--cpu-prof-dir=${path.join(profileDirectory, label)}`] : [];
const workspace = mkdtempSync(path.join(os.tmpdir(), "council-bench-"));

// Labelled so that `--only limits` can stop after its part and still run the clean-up in `finally`.
bench: try {
  if (options.only === "limits") {
    const limits = await measureLimits();
    const targets = checkLimitsTargets(limits).map(
      (target) => `  ${target.name}  ${target.limit}  ${target.measured}  ${target.met ? "pass" : "MISS"}`,
    );
    process.stdout.write(`${[...formatLimitsSection(limits), "", "Targets", ...targets].join("\n")}\n`);
    break bench;
  }
  if (options.profile) rmSync(profileDirectory, { recursive: true, force: true });
  const wordVectors = await convertWordVectors();
  const { questions, retrievalQueries, sets } = loadBenchQuestions(root);
  if (questions.length === 0) throw new Error("no question set found: expected tests/answer/questions.json");
  for (const set of sets)
    log(
      set.skipped
        ? `question set ${set.name}: skipped (${set.skipped}: ${set.file})`
        : `question set ${set.name}: ${set.questions} from ${path.relative(root, set.file)}`,
    );
  const reportFiles = readdirSync(reportsDirectory)
    .filter((file) => file.endsWith(".txt"))
    .sort()
    .map((file) => path.join(reportsDirectory, file));

  log("Building a fresh store and index from the 2 real reports…");
  const real = storePaths(path.join(workspace, "real"), reportsDirectory);
  const build = await runChild({
    script: "bench/children/build-index.ts",
    input: { ...real, dataDirectory },
    output: buildIndexOutputSchema,
    label: "build",
    cwd: root,
    nodeFlags: nodeFlags("build"),
    log,
  });

  log(`Answering ${questions.length} questions: 1 warm-up pass, ${options.passes} timed, then counting LLM prompts…`);
  const answersInput: AnswerQuestionsInput = {
    ...real,
    questions,
    retrievalQueries,
    passes: options.passes,
    countPrompts: true,
    reportFiles,
    chatModel,
    warmProfilePath: warmProfile("answers"),
  };
  const answers = await runChild({
    script: "bench/children/answer-questions.ts",
    input: answersInput,
    output: answerQuestionsOutputSchema,
    label: "answers",
    cwd: root,
    nodeFlags: nodeFlags("answers"),
    log,
  });

  log(`Charts: deciding none for every answer without one, then drawing every chart (${options.passes} passes)…`);
  const charts = await runChild({
    script: "bench/children/draw-charts.ts",
    input: { ...real, questions: questions.map((entry) => entry.question), passes: options.passes },
    output: drawChartsOutputSchema,
    label: "charts",
    cwd: root,
    log,
  });

  log("Reading the test PDFs of both reports in every layout…");
  const pdf = await runChild({
    script: "bench/children/read-pdfs.ts",
    input: { directory: path.join(root, "tests", "fixtures", "pdf") },
    output: readPdfsOutputSchema,
    label: "pdf",
    cwd: root,
    log,
  });

  const coldStart = await timeColdStarts(answers);
  const growth: GrowthPoint[] = [];
  for (const count of options.growth) growth.push(await measureGrowth(count, questions, retrievalQueries));
  const limits = options.limits ? await measureLimits() : null;
  const slackLoad = options.slackLoad
    ? await measureSlackLoad(
        questions.slice(0, 40).map((entry) => entry.question),
        log,
      )
    : [];

  const partial = {
    generatedAt: new Date().toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model.trim() ?? "unknown",
      cores: os.cpus().length,
      memoryGigabytes: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverage: { start: roundLoad(loadAtStart), end: roundLoad(os.loadavg()[0] ?? 0) },
    },
    questionSets: sets,
    wordVectors,
    build,
    coldStart,
    warm: {
      questions: questions.length,
      passes: options.passes,
      latency: answers.warm,
      slowest: answers.slowest,
      statuses: answers.statuses,
      search: answers.search,
    },
    peakRssMegabytes: answers.peakRssMegabytes,
    prompts: answers.prompts ? summarisePrompts(answers.prompts) : null,
    growth,
    limits,
    pdf,
    charts,
  };
  const results: BenchResults = {
    ...partial,
    targets: checkTargets(partial),
    profiles: options.profile ? summariseProfiles() : [],
    totalSeconds: Math.round((performance.now() - started) / 100) / 10,
  };
  writeFileSync(resultsFile, `${JSON.stringify({ ...results, slackLoad }, null, 2)}\n`);
  const slackTable = slackLoad.length === 0 ? "" : `\n\n${formatSlackLoad(slackLoad)}`;
  process.stdout.write(`${formatResultsTable(results)}${slackTable}\n\nWrote ${path.relative(root, resultsFile)}.\n`);
} catch (error) {
  log(`bench failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  rmSync(workspace, { recursive: true, force: true });
}

function roundLoad(load: number): number {
  return Math.round(load * 100) / 100;
}

function storePaths(directory: string, reports: string) {
  return {
    reportsDirectory: reports,
    databasePath: path.join(directory, "records.sqlite"),
    indexDirectory: path.join(directory, "index"),
  };
}

/** Times the one-time conversion only when it has not been done; otherwise reports what an earlier run recorded. */
async function convertWordVectors(): Promise<WordVectorConversion> {
  const directory = wordVectorDirectory(dataDirectory);
  if (!existsSync(path.join(directory, wordVectorFiles.manifest))) {
    log("The word vectors are not converted yet: converting them now (timed)…");
    const conversionStarted = performance.now();
    await prepareWordVectors({ directory, log });
    return {
      status: "converted in this run",
      milliseconds: performance.now() - conversionStarted,
      recordedAt: new Date().toISOString(),
    };
  }
  const previous = z
    .object({ wordVectors: z.object({ milliseconds: z.number().nullable(), recordedAt: z.string().nullable() }) })
    .safeParse(existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, "utf8")) : null);
  if (previous.success && previous.data.wordVectors.milliseconds !== null)
    return { status: "recorded earlier", ...previous.data.wordVectors };
  return { status: "already converted", milliseconds: null, recordedAt: null };
}

/** The real CLI, started fresh each time after one unmeasured run (which builds the store and index if missing). */
async function timeColdStarts(
  answers: z.infer<typeof answerQuestionsOutputSchema>,
): Promise<BenchResults["coldStart"]> {
  const command = {
    command: process.execPath,
    arguments: ["--import", "tsx", "src/cli/ask.ts", "--json", coldQuestion],
    cwd: root,
  };
  log(`Cold start: 1 unmeasured run, then ${options.coldRuns} timed runs of node --import tsx src/cli/ask.ts --json…`);
  const warmUp = await measureColdStart(command);
  const runs: ColdRun[] = [];
  for (let run = 0; run < options.coldRuns; run += 1) runs.push(await measureColdStart(command));
  const npmRuns: ColdRun[] = [];
  for (let run = 0; run < 3; run += 1)
    npmRuns.push(
      await measureColdStart({
        command: "npm",
        arguments: ["run", "-s", "ask", "--", "--json", coldQuestion],
        cwd: root,
      }),
    );
  if (options.profile) {
    await measureColdStart({ ...command, arguments: [...nodeFlags("cold-start"), ...command.arguments] });
  }
  const median = (values: number[]) => summariseSamples(values).p50;
  return {
    command: `node --import tsx src/cli/ask.ts --json "${coldQuestion}"`,
    runs: runs.length,
    medianFirstOutputMilliseconds: median(runs.map((run) => run.firstOutputMilliseconds)),
    medianExitMilliseconds: median(runs.map((run) => run.exitMilliseconds)),
    npmMedianFirstOutputMilliseconds: median(npmRuns.map((run) => run.firstOutputMilliseconds)),
    breakdown: {
      importMilliseconds: answers.importMilliseconds,
      engineMilliseconds: answers.engineMilliseconds,
      firstAnswerMilliseconds: answers.firstAnswerMilliseconds,
    },
    warmUpNote: warmUp.stderr.trim() === "" ? null : warmUp.stderr.trim().split("\n").join(" / "),
  };
}

/** N synthetic reports in their own folder: ingest and index them, then load the engine over them and answer every question. */
async function measureGrowth(
  count: number,
  questions: AnswerQuestionsInput["questions"],
  retrievalQueries: string[],
): Promise<GrowthPoint> {
  const directory = path.join(workspace, `growth-${count}`);
  try {
    const paths = storePaths(directory, path.join(directory, "reports"));
    writeSyntheticReports({
      seedsDirectory: reportsDirectory,
      outputDirectory: paths.reportsDirectory,
      count,
      seed: count,
    });
    log(`Growth: ${count} synthetic reports…`);
    const label = `growth ${count}`;
    const build = await runChild({
      script: "bench/children/build-index.ts",
      input: { ...paths, dataDirectory },
      output: buildIndexOutputSchema,
      label,
      cwd: root,
      nodeFlags: nodeFlags(`growth-${count}-build`),
      log,
    });
    const input: AnswerQuestionsInput = {
      ...paths,
      questions,
      retrievalQueries,
      passes: options.growthPasses,
      countPrompts: true,
      reportFiles: [],
      chatModel,
      warmProfilePath: warmProfile(`growth-${count}-answers`),
    };
    const answers = await runChild({
      script: "bench/children/answer-questions.ts",
      input,
      output: answerQuestionsOutputSchema,
      label,
      cwd: root,
      nodeFlags: nodeFlags(`growth-${count}-answers`),
      log,
    });
    return {
      reports: count,
      build,
      engineMilliseconds: answers.engineMilliseconds,
      warm: answers.warm,
      search: answers.search,
      peakRssMegabytes: answers.peakRssMegabytes,
      statuses: answers.statuses,
      planPromptMedian: answers.prompts ? summarisePrompts(answers.prompts).plan.median : null,
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The report at the ingest limits, in its own folder of the workspace. */
function measureLimits() {
  return measureLimitsReport({
    root,
    seedsDirectory: reportsDirectory,
    directory: path.join(workspace, "limits"),
    log,
  });
}

/** Where the CPU went in each profiled process: the top modules and functions by self time, printed and kept. */
function summariseProfiles(): BenchResults["profiles"] {
  if (!existsSync(profileDirectory)) return [];
  const summaries: { file: string; top: ReturnType<typeof summariseCpuProfile> }[] = [];
  for (const label of readdirSync(profileDirectory).sort()) {
    // Node's own profiles are named CPU.<date>.<time>.<pid>.<thread>.<n>: thread 0 is the main one (1 is tsx's loader).
    const files = readdirSync(path.join(profileDirectory, label)).filter(
      (name) => name === "warm-passes.cpuprofile" || /^CPU\.\d+\.\d+\.\d+\.0\.\d+\.cpuprofile$/.test(name),
    );
    for (const file of files) {
      const profile: unknown = JSON.parse(readFileSync(path.join(profileDirectory, label, file), "utf8"));
      const relative = path.relative(root, path.join(profileDirectory, label, file));
      const modules = summariseCpuProfile(profile, { by: "module", top: 10 });
      const functions = summariseCpuProfile(profile, { by: "function", top: 10 });
      const callers = summariseCpuProfile(profile, { by: "project-caller", top: 10 });
      log(`\nCPU profile ${relative}`);
      const heading = (name: string) => ({ name: `— ${name} —`, selfMilliseconds: 0, share: 0 });
      for (const entry of [
        heading("self time by module"),
        ...modules,
        heading("self time by function"),
        ...functions,
        heading("time by nearest src/ function"),
        ...callers,
      ]) {
        log(
          entry.name.startsWith("—")
            ? `  ${entry.name}`
            : `  ${entry.selfMilliseconds.toFixed(1).padStart(8)} ms ${(entry.share * 100).toFixed(1).padStart(5)}%  ${entry.name}`,
        );
      }
      summaries.push({ file: relative, top: [...modules, ...functions, ...callers] });
    }
  }
  return summaries;
}
