import { type IngestOptions, type IngestResult, ingestReports } from "../ingest/ingest-reports.js";
import { writeStore } from "../store/write-store.js";

/**
 * Ingests a reports directory and, when it parsed without errors, writes the records to the store atomically;
 * with any error nothing is written and the previous database is untouched.
 */
export async function ingestIntoStore(
  options: IngestOptions & { readonly databasePath: string },
): Promise<IngestResult> {
  const started = performance.now();
  const result = await ingestReports(options);
  if (!result.ok) return result;
  try {
    writeStore(options.databasePath, result.records, result.diagnostics);
  } catch (error) {
    const diagnostic = {
      severity: "error" as const,
      file: options.databasePath,
      line: 0,
      message: `could not write the records database: ${(error as Error).message}`,
    };
    return {
      ...result,
      ok: false,
      diagnostics: [...result.diagnostics, diagnostic],
      milliseconds: performance.now() - started,
    };
  }
  return { ...result, milliseconds: performance.now() - started };
}
