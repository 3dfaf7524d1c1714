import { Command } from "commander";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultReportsDirectory } from "../ingest/default-reports-directory.js";
import { formatDiagnostic } from "../ingest/format-diagnostic.js";
import { ingestLimits, type IngestLimits } from "../ingest/ingest-limits.js";
import { ingestIntoStore } from "../engine/ingest-into-store.js";
import { wordVectorDirectory } from "../search/create-embeddings.js";
import { prepareWordVectors } from "../search/prepare-word-vectors.js";
import { acquireStoreLock, storeLockPath } from "../store/acquire-store-lock.js";
import { defaultDatabasePath } from "../store/default-database-path.js";
import { loadEnvironment } from "./load-environment.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

const program = new Command()
  .name("npm run ingest --")
  .description(
    "Parse every performance report in the reports directory (*.pdf as published, or *.txt text exports) into validated records and write them to SQLite.\n" +
      "The database is replaced atomically, only when every report parsed without errors; otherwise the previous one is kept.",
  )
  .option("--reports <dir>", "directory of reports (*.pdf, *.txt)", defaultReportsDirectory(root))
  .option("--database <file>", "SQLite file to write", defaultDatabasePath(root))
  .addHelpText(
    "after",
    "\nExit code 1 when any report has an error (each printed with file:line, or file:page N for a PDF, and what was expected).",
  )
  .parse();

const options = program.opts<{ reports: string; database: string }>();
loadEnvironment();
let limits: IngestLimits;
try {
  limits = ingestLimits();
} catch (error) {
  console.error(`ingest failed: ${(error as Error).message} (in the environment or .env); nothing written`);
  process.exit(1);
}
let release: () => void;
try {
  // One writer at a time: another ingest or `npm start`'s rebuild is waited for, or named if it holds on too long.
  release = acquireStoreLock({
    lockPath: storeLockPath(resolve(options.database)),
    purpose: "npm run ingest",
    log: (line) => console.log(line),
  });
} catch (error) {
  console.error(`ingest failed: ${(error as Error).message}; nothing written`);
  process.exit(1);
}
const result = await (async () => {
  try {
    return await ingestIntoStore({
      reportsDirectory: resolve(options.reports),
      databasePath: resolve(options.database),
      log: (line) => console.log(line),
      limits,
    });
  } finally {
    release();
  }
})();
for (const diagnostic of result.diagnostics)
  (diagnostic.severity === "error" ? console.error : console.log)(`  ${formatDiagnostic(diagnostic)}`);
if (!result.ok) {
  console.error(
    `ingest failed: nothing written, ${options.database} left as it was (${result.milliseconds.toFixed(0)} ms)`,
  );
  process.exitCode = 1;
} else {
  const { reports, objectives, measures } = result.records;
  console.log(
    `wrote ${reports.length} reports, ${objectives.length} objectives, ${measures.length} measures (${result.linkedSeries} series linked across reports) to ${options.database} in ${result.milliseconds.toFixed(0)} ms`,
  );
  // The offline embeddings are converted once, here on the first ingest, so no question ever waits for it.
  await prepareWordVectors({ directory: wordVectorDirectory(resolve(root, "data")), log: (line) => console.log(line) });
}
