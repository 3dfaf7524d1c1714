import { Command } from "commander";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defaultReportsDirectory } from "../ingest/default-reports-directory.js";
import { formatDiagnostic } from "../ingest/format-diagnostic.js";
import { ingestIntoStore } from "../engine/ingest-into-store.js";
import type { Measure } from "../report/measure.js";
import { recordsSchema, type Records } from "../report/records.js";
import { defaultDatabasePath } from "../store/default-database-path.js";
import { openStore } from "../store/open-store.js";
import { readRecords } from "../store/read-records.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

const program = new Command()
  .name("npm run records --")
  .description(
    "Print the records in the store: reports, objectives and measures. Builds the store first if it does not exist yet.",
  )
  .option("--json", 'print {"reports":[…],"objectives":[…],"measures":[…]} (validated) instead of a table')
  .option("--report <id>", "only this report, e.g. 2025-26-q2 or 2024-25-year-end")
  .option("--objective <code>", 'only this objective and its measures, e.g. SO-12 (or "Overarching Measure")')
  .option("--database <file>", "SQLite file to read", defaultDatabasePath(root))
  .option("--reports <dir>", "report texts to build the store from when it is missing", defaultReportsDirectory(root))
  .addHelpText(
    "after",
    "\nExamples:\n  npm run records -- --report 2025-26-q2 --objective SO-02\n  npm run records -- --json > records.json",
  )
  .parse();

const options = program.opts<{
  json?: boolean;
  report?: string;
  objective?: string;
  database: string;
  reports: string;
}>();
const databasePath = resolve(options.database);

if (!existsSync(databasePath)) {
  console.error(`building the records database from ${options.reports} (it does not exist yet)…`);
  const built = await ingestIntoStore({ reportsDirectory: resolve(options.reports), databasePath });
  if (!built.ok) {
    for (const diagnostic of built.diagnostics)
      if (diagnostic.severity === "error") console.error(formatDiagnostic(diagnostic));
    console.error("could not build the records database: run `npm run ingest` for details");
    process.exit(1);
  }
}

const db = openStore(databasePath);
const all = readRecords(db);
db.close();
const records: Records = recordsSchema.parse({
  reports: all.reports.filter((report) => options.report === undefined || report.id === options.report),
  objectives: all.objectives.filter(
    (objective) =>
      (options.report === undefined || objective.report === options.report) &&
      (options.objective === undefined || objective.code === options.objective),
  ),
  measures: all.measures.filter(
    (measure) =>
      (options.report === undefined || measure.report === options.report) &&
      (options.objective === undefined || measure.objective === options.objective),
  ),
});
if (options.report !== undefined && records.reports.length === 0) {
  console.error(`no report ${options.report}: the store holds ${all.reports.map((report) => report.id).join(", ")}`);
  process.exit(1);
}

if (options.json) {
  console.log(JSON.stringify(records, null, 2));
} else {
  console.log(renderTable(records));
}

function shorten(text: string, width: number): string {
  return text.length <= width ? text.padEnd(width) : `${text.slice(0, width - 1)}…`;
}

function latestValue(measure: Measure): string {
  const value = [...measure.values].reverse().find((candidate) => candidate.value !== "");
  return value ? `${value.value} (${value.period})` : "—";
}

function renderTable({ reports, objectives, measures }: Records): string {
  const lines: string[] = [];
  for (const report of reports) {
    lines.push(`${report.id} — ${report.title} (${report.periodLabel}, ending ${report.periodEnd})`);
    const own = objectives.filter((objective) => objective.report === report.id);
    if (own.length > 0) lines.push(`  Objectives (${own.length})`);
    for (const objective of own) {
      lines.push(
        `    ${objective.code.padEnd(6)} ${(objective.progress ?? "(blank)").padEnd(9)} ${shorten(objective.expectedCompletion, 10)} ${shorten(objective.title, 90)}`,
      );
    }
    const ownMeasures = measures.filter((measure) => measure.report === report.id);
    if (ownMeasures.length > 0) lines.push(`  Measures (${ownMeasures.length})`);
    for (const measure of ownMeasures) {
      const target = measure.target ? `target ${measure.target.value}` : "no target";
      lines.push(
        `    ${shorten(measure.objective, 6)} ${shorten(measure.table, 16)} ${shorten(measure.name, 70)} ${shorten(latestValue(measure), 34)} ${shorten(target, 18)} ${measure.rating ?? "(blank)"}`,
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}
