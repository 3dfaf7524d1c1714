import { readdirSync } from "node:fs";
import type { Diagnostic } from "../report/diagnostic.js";
import { recordsSchema, type Records } from "../report/records.js";
import { parseReport, type ParsedReport } from "./parse-report.js";
import { checkRecordLimits } from "./check-record-limits.js";
import { ingestLimits, limitVariables, type IngestLimits } from "./ingest-limits.js";
import { placeOnPages } from "./place-on-pages.js";
import { isReportFile, readReportSource } from "./read-report-source.js";

export interface IngestOptions {
  readonly reportsDirectory: string;
  /** Receives one line per report loaded; silent when absent. */
  readonly log?: (line: string) => void;
  /** What one ingest reads at most; default from the environment (`INGEST_MAX_*`). */
  readonly limits?: IngestLimits;
}

/** What one report file contributed. */
export interface IngestedFile {
  readonly file: string;
  readonly report: string | null;
  readonly objectives: number;
  readonly measures: number;
  readonly warnings: number;
  readonly errors: number;
}

/**
 * The outcome of an ingest. `ok` is false when any error diagnostic was found: then the records must not be written
 * (the previous database stays untouched); `records` still holds what could be parsed, for reporting only.
 */
export interface IngestResult {
  readonly ok: boolean;
  readonly records: Records;
  readonly diagnostics: Diagnostic[];
  readonly files: IngestedFile[];
  /** Series keys shared by measures of more than one report. */
  readonly linkedSeries: number;
  readonly milliseconds: number;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

/** Errors for schema violations, placed at the record's file and line. */
function validate(records: Records, parsed: readonly { file: string; result: ParsedReport }[]): Diagnostic[] {
  const checked = recordsSchema.safeParse(records);
  if (checked.success) return [];
  return checked.error.issues.map((issue) => {
    const [collection, index] = issue.path;
    const record =
      typeof collection === "string" && typeof index === "number"
        ? (records[collection as keyof Records][index] as { report?: string; id?: string; line?: number } | undefined)
        : undefined;
    const reportId = record?.report ?? record?.id;
    const file = parsed.find(({ result }) => result.report?.id === reportId)?.file ?? "";
    return {
      severity: "error" as const,
      file,
      line: record?.line ?? 0,
      message: `invalid record (${issue.path.join(".")}): ${issue.message}`,
    };
  });
}

/**
 * Parses every report in a directory — text exports (`*.txt`) and PDFs (`*.pdf`) — links the same measure across
 * reports by its series key and validates the records; the caller writes them (`src/engine/ingest-into-store.ts`).
 * The same report in both forms is read once, from the PDF (whose records can cite their pages), and the log says so. Never throws for bad input: see `ok`.
 */
export async function ingestReports(options: IngestOptions): Promise<IngestResult> {
  const started = performance.now();
  const diagnostics: Diagnostic[] = [];
  let files: string[] = [];
  try {
    files = readdirSync(options.reportsDirectory).filter(isReportFile).sort();
  } catch (error) {
    diagnostics.push({
      severity: "error",
      file: options.reportsDirectory,
      line: 0,
      message: `cannot read the reports directory: ${(error as Error).message}`,
    });
  }
  if (files.length === 0 && diagnostics.length === 0) {
    diagnostics.push({
      severity: "error",
      file: options.reportsDirectory,
      line: 0,
      message: "no reports in the directory: expected at least one performance report as *.pdf or *.txt",
    });
  }
  const limits = options.limits ?? ingestLimits();
  if (files.length > limits.maxReports) {
    diagnostics.push({
      severity: "error",
      file: options.reportsDirectory,
      line: 0,
      message: `${files.length} report files, over the limit of ${limits.maxReports} per directory (${limitVariables.maxReports} raises it)`,
    });
    files = [];
  }
  const read: { file: string; result: ParsedReport }[] = [];
  for (const file of files) {
    const source = await readReportSource(options.reportsDirectory, file, limits);
    if (!source.success) {
      diagnostics.push(source.diagnostic);
      continue;
    }
    const text = parseReport(source.text, file);
    const result = source.pages === null ? text : placeOnPages(text, source.pages);
    read.push({
      file,
      result: { ...result, diagnostics: [...result.diagnostics, ...checkRecordLimits(result, file, limits)] },
    });
  }
  const parsed = oneFilePerReport(read, options.log);
  const seen = new Map<string, string>();
  for (const { file, result } of parsed) {
    diagnostics.push(...result.diagnostics);
    const id = result.report?.id;
    if (id === undefined) continue;
    const first = seen.get(id);
    if (first !== undefined)
      diagnostics.push({
        severity: "error",
        file,
        line: 0,
        message: `report ${id} was already read from ${first}: expected one file per period`,
      });
    else seen.set(id, file);
  }
  const ordered = [...parsed].sort((first, second) =>
    (first.result.report?.periodEnd ?? "").localeCompare(second.result.report?.periodEnd ?? ""),
  );
  const records: Records = {
    reports: ordered.flatMap(({ result }) => (result.report ? [result.report] : [])),
    objectives: ordered.flatMap(({ result }) => result.objectives),
    measures: ordered.flatMap(({ result }) => result.measures),
  };
  diagnostics.push(...validate(records, parsed));

  const ingested = parsed.map(({ file, result }) => {
    const own = diagnostics.filter((diagnostic) => diagnostic.file === file);
    const summary: IngestedFile = {
      file,
      report: result.report?.id ?? null,
      objectives: result.objectives.length,
      measures: result.measures.length,
      warnings: own.filter((diagnostic) => diagnostic.severity === "warning").length,
      errors: own.filter((diagnostic) => diagnostic.severity === "error").length,
    };
    options.log?.(
      `${summary.report ?? "(no report)"} from ${file}: ${plural(summary.objectives, "objective")}, ${plural(summary.measures, "measure")}, ${plural(summary.warnings, "warning")}${summary.errors > 0 ? `, ${plural(summary.errors, "error")}` : ""}`,
    );
    return summary;
  });
  const reportsBySeries = new Map<string, Set<string>>();
  for (const measure of records.measures)
    reportsBySeries.set(measure.seriesKey, (reportsBySeries.get(measure.seriesKey) ?? new Set()).add(measure.report));
  const linkedSeries = [...reportsBySeries.values()].filter((reports) => reports.size > 1).length;

  const ok = !diagnostics.some((diagnostic) => diagnostic.severity === "error");
  return { ok, records, diagnostics, files: ingested, linkedSeries, milliseconds: performance.now() - started };
}

/**
 * Keeps one file of a report given both as a PDF and as a text export, when both parse to the same report: the PDF, whose records cite pages. The one set aside is named in the log; two
 * different files for one period are still the error they were.
 */
function oneFilePerReport(
  read: readonly { file: string; result: ParsedReport }[],
  log: ((line: string) => void) | undefined,
): { file: string; result: ParsedReport }[] {
  return read.filter(({ file, result }) => {
    if (!/\.txt$/i.test(file) || result.report === null) return true;
    const twin = read.find(
      (other) => other.file !== file && /\.pdf$/i.test(other.file) && other.result.report?.id === result.report?.id,
    );
    if (twin === undefined || twin.result.diagnostics.some((diagnostic) => diagnostic.severity === "error"))
      return true;
    log?.(`${file}: the same report as ${twin.file}, which is used (its records cite pages)`);
    return false;
  });
}
