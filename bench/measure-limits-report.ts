import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { type StartEngineOutput, startEngineOutputSchema } from "./children/start-engine-io.js";
import { generateLimitsReport } from "./generate-limits-report.js";
import { runChild } from "./run-child.js";

/** The report at the ingest limits: its size, and what ingesting it and starting the engine over it cost. */
export type LimitsMeasurement = {
  readonly textBytes: number;
  readonly objectives: number;
  readonly measures: number;
  readonly notes: number;
  readonly chunks: number;
  readonly question: string;
  readonly questionStatus: string;
  readonly ingestMilliseconds: number;
  /** The first start after ingest: the index is built (every chunk embedded) and saved. */
  readonly cold: Pick<StartEngineOutput, "engineMilliseconds" | "questionMilliseconds" | "peakRssMegabytes">;
  /** A second start in a fresh process: the saved index is read back. */
  readonly warm: Pick<StartEngineOutput, "engineMilliseconds" | "questionMilliseconds" | "peakRssMegabytes">;
  readonly peakRssMegabytes: number;
};

/** The report written: 99 objectives (the most SO-nn codes allow), 500 measures, 50 distinct notes each. */
export const limitsReportSize = { objectives: 99, measures: 500, notesPerMeasure: 50, commentaryWords: 300 } as const;

/**
 * Writes one report at the ingest limits into `directory` (the seeds give its words), then in one child process
 * ingests it into a fresh store and starts the engine (building the index) and asks one question, and in a second
 * child starts the engine again over what the first saved and asks the question again. Removes `directory` after.
 */
export async function measureLimitsReport({
  root,
  seedsDirectory,
  directory,
  log,
}: {
  root: string;
  seedsDirectory: string;
  directory: string;
  log: (line: string) => void;
}): Promise<LimitsMeasurement> {
  try {
    const vocabularyText = readdirSync(seedsDirectory)
      .filter((file) => file.endsWith(".txt"))
      .sort()
      .map((file) => readFileSync(path.join(seedsDirectory, file), "utf8"))
      .join("\n");
    const report = generateLimitsReport({ ...limitsReportSize, vocabularyText, seed: 500 });
    const reportsDirectory = path.join(directory, "reports");
    mkdirSync(reportsDirectory, { recursive: true });
    writeFileSync(path.join(reportsDirectory, report.file), report.text);
    const textBytes = Buffer.byteLength(report.text);
    log(`Limits: one report of ${(textBytes / 1048576).toFixed(1)} MB, ingest and first start (index built)…`);
    const input = {
      reportsDirectory,
      databasePath: path.join(directory, "records.sqlite"),
      indexDirectory: path.join(directory, "index"),
      question: report.question,
    };
    const start = (ingest: boolean) =>
      runChild({
        script: "bench/children/start-engine.ts",
        input: { ...input, ingest },
        output: startEngineOutputSchema,
        label: ingest ? "limits cold" : "limits warm",
        cwd: root,
        log,
      });
    const cold = await start(true);
    if (!cold.indexRebuilt) throw new Error("limits: expected the first start to build the index");
    log("Limits: second start (saved index read back)…");
    const warm = await start(false);
    if (warm.indexRebuilt) throw new Error("limits: the second start rebuilt the index instead of reading it back");
    const timings = ({ engineMilliseconds, questionMilliseconds, peakRssMegabytes }: StartEngineOutput) => ({
      engineMilliseconds,
      questionMilliseconds,
      peakRssMegabytes,
    });
    return {
      textBytes,
      objectives: cold.objectives,
      measures: cold.measures,
      notes: cold.notes,
      chunks: cold.chunks,
      question: report.question,
      questionStatus: warm.questionStatus,
      ingestMilliseconds: cold.ingestMilliseconds ?? 0,
      cold: timings(cold),
      warm: timings(warm),
      peakRssMegabytes: Math.max(cold.peakRssMegabytes, warm.peakRssMegabytes),
    };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
