// A bench child: optionally ingests a folder of reports into a fresh store, then starts the engine over it (building
// the search index when none is saved) and answers one question, timing each step and reading the peak memory.
import { createEngine } from "../../src/engine/create-engine.js";
import { ingestIntoStore } from "../../src/engine/ingest-into-store.js";
import { type StartEngineOutput, startEngineInputSchema } from "./start-engine-io.js";

const input = startEngineInputSchema.parse(JSON.parse(process.argv[2] ?? "null"));
const log = (line: string) => process.stderr.write(`${line}\n`);

let ingestMilliseconds: number | null = null;
if (input.ingest) {
  const started = performance.now();
  const ingest = await ingestIntoStore({ reportsDirectory: input.reportsDirectory, databasePath: input.databasePath });
  ingestMilliseconds = performance.now() - started;
  if (!ingest.ok) {
    const errors = ingest.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    throw new Error(
      `ingest failed:\n${errors.map((error) => `${error.file}:${error.line}: ${error.message}`).join("\n")}`,
    );
  }
  log(`ingested ${ingest.records.measures.length} measures in ${Math.round(ingestMilliseconds)} ms`);
}

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
const questionStarted = performance.now();
const answer = await engine.ask(input.question, { previousPlan: null });
const questionMilliseconds = performance.now() - questionStarted;

const output: StartEngineOutput = {
  ingestMilliseconds,
  objectives: engine.records.objectives.length,
  measures: engine.records.measures.length,
  notes: engine.records.measures.reduce((sum, measure) => sum + measure.notes.length, 0),
  engineMilliseconds,
  indexRebuilt,
  chunks: engine.search.chunks.length,
  questionMilliseconds,
  questionStatus: answer.status,
  peakRssMegabytes: process.resourceUsage().maxRSS / 1024,
};
engine.close();
process.stdout.write(`${JSON.stringify(output)}\n`);
