import type { DrawChartsOutput } from "./children/draw-charts-io.js";
import type { ReadPdfsOutput } from "./children/read-pdfs-io.js";
import type { AnswerQuestionsOutput } from "./children/answer-questions-io.js";
import type { BuildIndexOutput } from "./children/build-index-io.js";
import type { QuestionSetStatus } from "./load-bench-questions.js";
import type { LimitsMeasurement } from "./measure-limits-report.js";
import type { SampleSummary } from "./summarise-samples.js";

/** Where the figures came from. */
export type Machine = {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGigabytes: number;
  readonly node: string;
  readonly platform: string;
  /** One-minute load average when the bench started and ended: anything else running skews the timings. */
  readonly loadAverage: { readonly start: number; readonly end: number };
};

/** The one-time word-vector conversion: timed in this run only when it had not been done. */
export type WordVectorConversion = {
  readonly status: "converted in this run" | "already converted" | "recorded earlier";
  readonly milliseconds: number | null;
  readonly recordedAt: string | null;
};

/** Prompt sizes in LLM mode, in tokens of the named encoding. */
export type PromptSummary = {
  readonly encoding: string;
  readonly chatModel: string;
  /** Both requests of a question together (planning, plus drafting for prose intents). */
  readonly perQuestion: { readonly median: number; readonly max: number };
  readonly plan: { readonly median: number; readonly max: number; readonly schemaTokens: number };
  readonly draft: { readonly count: number; readonly median: number; readonly max: number };
  /** How many questions made 0, 1, 2… chat requests. */
  readonly callsPerQuestion: Readonly<Record<string, number>>;
  readonly callsByIntent: Readonly<Record<string, string>>;
  /** Every report text whole, plus nothing else: what one long-context question would cost. */
  readonly reportTokens: readonly { readonly file: string; readonly tokens: number }[];
  readonly allReportsTokens: number;
};

/** One size of the growth run. */
export type GrowthPoint = {
  readonly reports: number;
  readonly build: BuildIndexOutput;
  readonly engineMilliseconds: number;
  readonly warm: AnswerQuestionsOutput["warm"];
  readonly search: SampleSummary;
  readonly peakRssMegabytes: number;
  readonly statuses: Readonly<Record<string, number>>;
  readonly planPromptMedian: number | null;
};

/** A target of the benchmark issue and whether this run met it. */
export type TargetCheck = {
  readonly name: string;
  readonly limit: string;
  readonly measured: string;
  readonly met: boolean | null;
};

/** Everything `npm run bench` writes to bench/results.json. */
export type BenchResults = {
  readonly generatedAt: string;
  readonly totalSeconds: number;
  readonly machine: Machine;
  readonly questionSets: readonly QuestionSetStatus[];
  readonly wordVectors: WordVectorConversion;
  readonly build: BuildIndexOutput;
  readonly coldStart: {
    readonly command: string;
    readonly runs: number;
    readonly medianFirstOutputMilliseconds: number;
    readonly medianExitMilliseconds: number;
    readonly npmMedianFirstOutputMilliseconds: number | null;
    /** Inside one process: Node + tsx + imports, createEngine, first answer (from the answer child). */
    readonly breakdown: {
      readonly importMilliseconds: number;
      readonly engineMilliseconds: number;
      readonly firstAnswerMilliseconds: number;
    };
    /** What the unmeasured first run printed on stderr (the store or index being built, if they were missing). */
    readonly warmUpNote: string | null;
  };
  readonly warm: {
    readonly questions: number;
    readonly passes: number;
    readonly latency: AnswerQuestionsOutput["warm"];
    readonly slowest: AnswerQuestionsOutput["slowest"];
    readonly statuses: Readonly<Record<string, number>>;
    readonly search: SampleSummary;
  };
  readonly peakRssMegabytes: number;
  readonly prompts: PromptSummary | null;
  readonly growth: readonly GrowthPoint[];
  /** One report at the ingest limits (null when skipped with --no-limits). */
  readonly limits: LimitsMeasurement | null;
  /** Reading the test PDFs (both reports, every layout) into records, in a fresh process. */
  readonly pdf: ReadPdfsOutput;
  /** Charts for the bench questions' answers, in a fresh process: the first (library load), the rest warm. */
  readonly charts: DrawChartsOutput;
  readonly targets: readonly TargetCheck[];
  readonly profiles: readonly {
    readonly file: string;
    readonly top: readonly { readonly name: string; readonly selfMilliseconds: number; readonly share: number }[];
  }[];
};
