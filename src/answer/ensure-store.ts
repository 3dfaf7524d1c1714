import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ingestReports } from "../ingest/ingest-reports.js";

/** Why the store could not be built: the ingest's error diagnostics, one per line with file:line. */
export class IngestFailedError extends Error {
  override readonly name = "IngestFailedError";
}

/**
 * Builds the records store from the report files when it is missing or older than any report file; otherwise
 * leaves it alone. Returns whether it was (re)built.
 */
export function ensureStore({ reportsDirectory, databasePath, log }: { reportsDirectory: string; databasePath: string; log: (line: string) => void }): boolean {
  if (existsSync(databasePath) && !reportsNewerThan(reportsDirectory, statSync(databasePath).mtimeMs)) return false;
  log(`Building the records store from ${reportsDirectory}…`);
  const result = ingestReports({ reportsDirectory, databasePath, log });
  if (!result.ok) {
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    throw new IngestFailedError(`The reports could not be loaded:\n${errors.map((error) => `${error.file}:${error.line}: ${error.message}`).join("\n")}`);
  }
  log(`Loaded ${result.records.reports.length} reports, ${result.records.objectives.length} objectives and ${result.records.measures.length} measures in ${Math.round(result.milliseconds)} ms.`);
  return true;
}

function reportsNewerThan(directory: string, time: number): boolean {
  try {
    return readdirSync(directory)
      .filter((file) => file.endsWith(".txt"))
      .some((file) => statSync(path.join(directory, file)).mtimeMs > time);
  } catch {
    return false;
  }
}
