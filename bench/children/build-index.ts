// A bench child: ingests a folder of reports into a fresh store and builds a fresh offline vector index, timing each step.
import { statSync } from "node:fs";
import { ingestIntoStore } from "../../src/engine/ingest-into-store.js";
import { createEmbeddings } from "../../src/search/create-embeddings.js";
import { loadSearchIndex } from "../../src/search/load-search-index.js";
import { openStore } from "../../src/store/open-store.js";
import { readRecords } from "../../src/store/read-records.js";
import { directoryBytes } from "../directory-bytes.js";
import { buildIndexInputSchema, type BuildIndexOutput } from "./build-index-io.js";

const input = buildIndexInputSchema.parse(JSON.parse(process.argv[2] ?? "null"));
const log = (line: string) => process.stderr.write(`${line}\n`);

const ingestStarted = performance.now();
const ingest = await ingestIntoStore({ reportsDirectory: input.reportsDirectory, databasePath: input.databasePath });
const ingestMilliseconds = performance.now() - ingestStarted;
if (!ingest.ok) {
  const errors = ingest.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  throw new Error(
    `ingest failed:\n${errors.map((error) => `${error.file}:${error.line}: ${error.message}`).join("\n")}`,
  );
}
log(`ingested ${ingest.records.reports.length} reports in ${Math.round(ingestMilliseconds)} ms`);

const vectorsStarted = performance.now();
const { embeddings, name } = await createEmbeddings({ dataDirectory: input.dataDirectory, log });
const wordVectorLoadMilliseconds = performance.now() - vectorsStarted;

// The records as the engine reads them back, so the engine finds this index's content hash and reuses it.
const database = openStore(input.databasePath);
const records = readRecords(database);
database.close();
const indexStarted = performance.now();
const search = await loadSearchIndex({ records, embeddings, embedderName: name, directory: input.indexDirectory });
const indexMilliseconds = performance.now() - indexStarted;
if (!search.rebuilt) throw new Error(`expected a fresh index in ${input.indexDirectory}, but one was already there`);
log(`indexed ${search.chunks.length} chunks in ${Math.round(indexMilliseconds)} ms`);

const output: BuildIndexOutput = {
  reports: ingest.records.reports.length,
  objectives: ingest.records.objectives.length,
  measures: ingest.records.measures.length,
  warnings: ingest.diagnostics.filter((diagnostic) => diagnostic.severity === "warning").length,
  ingestMilliseconds,
  wordVectorLoadMilliseconds,
  indexMilliseconds,
  chunks: search.chunks.length,
  databaseBytes: statSync(input.databasePath).size,
  indexBytes: directoryBytes(input.indexDirectory),
  peakRssMegabytes: process.resourceUsage().maxRSS / 1024,
};
process.stdout.write(`${JSON.stringify(output)}\n`);
