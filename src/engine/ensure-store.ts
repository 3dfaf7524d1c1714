import { existsSync, lstatSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { ingestIntoStore } from "./ingest-into-store.js";
import { isReportFile } from "../ingest/read-report-source.js";
import { acquireStoreLock, storeLockPath } from "../store/acquire-store-lock.js";

/** Why the store could not be built: the ingest's error diagnostics, one per line with file:line. */
export class IngestFailedError extends Error {
  override readonly name = "IngestFailedError";
}

/**
 * Builds the records store from the report files when it is missing or older than any report file; otherwise
 * leaves it alone. Returns whether it was (re)built. Under the store lock, so it never interleaves with an ingest.
 * When the reports fail to load and a previous store exists, says why in the log and keeps it; with no store to
 * fall back on, throws `IngestFailedError`.
 */
export async function ensureStore(options: {
  reportsDirectory: string;
  databasePath: string;
  log: (line: string) => void;
  lockWaitMs?: number;
}): Promise<boolean> {
  if (isCurrent(options)) return false;
  // Checked again under the lock: an ingest that held it may have just built the store this start would rebuild.
  const release = acquireStoreLock({
    lockPath: storeLockPath(options.databasePath),
    purpose: "npm start (rebuilding the store)",
    log: options.log,
    ...(options.lockWaitMs === undefined ? {} : { waitMs: options.lockWaitMs }),
  });
  try {
    return isCurrent(options) ? false : await rebuild(options);
  } finally {
    release();
  }
}

function isCurrent({ reportsDirectory, databasePath }: { reportsDirectory: string; databasePath: string }): boolean {
  return existsSync(databasePath) && !reportsNewerThan(reportsDirectory, statSync(databasePath).mtimeMs);
}

async function rebuild({
  reportsDirectory,
  databasePath,
  log,
}: {
  reportsDirectory: string;
  databasePath: string;
  log: (line: string) => void;
}): Promise<boolean> {
  log(`Building the records store from ${reportsDirectory}…`);
  const result = await ingestIntoStore({ reportsDirectory, databasePath, log });
  if (!result.ok) {
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    const lines = errors
      .map((error) => `${error.file}:${error.page === undefined ? error.line : `page ${error.page}`}: ${error.message}`)
      .join("\n");
    if (!existsSync(databasePath)) throw new IngestFailedError(`The reports could not be loaded:\n${lines}`);
    // A bad file dropped in beside good reports must not take the bot down: it answers from the store it had.
    log(
      `The reports could not be loaded:\n${lines}\nAnswering from the previous records store (built ${statSync(databasePath).mtime.toISOString()}); fix the files above and run \`npm run ingest\`.`,
    );
    return false;
  }
  log(
    `Loaded ${result.records.reports.length} reports, ${result.records.objectives.length} objectives and ${result.records.measures.length} measures in ${Math.round(result.milliseconds)} ms.`,
  );
  return true;
}

function reportsNewerThan(directory: string, time: number): boolean {
  let files: string[];
  try {
    files = readdirSync(directory).filter(isReportFile);
  } catch {
    return false;
  }
  return files.some((file) => changedAt(path.join(directory, file)) > time);
}

// A dangling symlink has no target to stat: its own time counts, so ingest runs and says what is wrong with it.
function changedAt(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    try {
      return lstatSync(file).mtimeMs;
    } catch {
      return Number.POSITIVE_INFINITY;
    }
  }
}
