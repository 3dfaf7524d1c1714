import { z } from "zod";

/** How much one ingest reads, so one careless upload cannot take the bot down; each raised by its variable. */
export type IngestLimits = {
  readonly maxTextBytes: number;
  readonly maxPdfBytes: number;
  readonly maxPdfPages: number;
  readonly maxObjectives: number;
  readonly maxMeasures: number;
  readonly maxNotesPerMeasure: number;
  readonly maxReports: number;
};

/** The variable that raises each limit, for the one-line error that names it. */
export const limitVariables = {
  maxTextBytes: "INGEST_MAX_TEXT_BYTES",
  maxPdfBytes: "INGEST_MAX_PDF_BYTES",
  maxPdfPages: "INGEST_MAX_PDF_PAGES",
  maxObjectives: "INGEST_MAX_OBJECTIVES",
  maxMeasures: "INGEST_MAX_MEASURES",
  maxNotesPerMeasure: "INGEST_MAX_NOTES_PER_MEASURE",
  maxReports: "INGEST_MAX_REPORTS",
} as const satisfies Record<keyof IngestLimits, string>;

const megabyte = 1024 * 1024;

/** The defaults: well above the real reports (about 50 KB, 33 objectives, 48 measures, 3 notes on a measure). */
export const defaultIngestLimits: IngestLimits = {
  maxTextBytes: 20 * megabyte,
  maxPdfBytes: 50 * megabyte,
  maxPdfPages: 300,
  maxObjectives: 500,
  maxMeasures: 500,
  maxNotesPerMeasure: 50,
  maxReports: 200,
};

// An empty variable (`INGEST_MAX_REPORTS=` in a copied .env) means the default, not an invalid value.
const count = (fallback: number) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce
      .number({ error: "expected a whole number" })
      .int("expected a whole number")
      .positive("expected a positive whole number")
      .default(fallback),
  );

const environmentSchema = z.object({
  INGEST_MAX_TEXT_BYTES: count(defaultIngestLimits.maxTextBytes),
  INGEST_MAX_PDF_BYTES: count(defaultIngestLimits.maxPdfBytes),
  INGEST_MAX_PDF_PAGES: count(defaultIngestLimits.maxPdfPages),
  INGEST_MAX_OBJECTIVES: count(defaultIngestLimits.maxObjectives),
  INGEST_MAX_MEASURES: count(defaultIngestLimits.maxMeasures),
  INGEST_MAX_NOTES_PER_MEASURE: count(defaultIngestLimits.maxNotesPerMeasure),
  INGEST_MAX_REPORTS: count(defaultIngestLimits.maxReports),
});

/**
 * Reads the ingest limits from the environment, defaults where unset. Throws one line naming the variable when a
 * value is invalid, e.g. "INGEST_MAX_MEASURES: expected a whole number".
 */
export function ingestLimits(environment: Readonly<Record<string, string | undefined>> = process.env): IngestLimits {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${issue.path.join(".")}: ${issue.message}`);
  }
  const variables = parsed.data;
  return {
    maxTextBytes: variables.INGEST_MAX_TEXT_BYTES,
    maxPdfBytes: variables.INGEST_MAX_PDF_BYTES,
    maxPdfPages: variables.INGEST_MAX_PDF_PAGES,
    maxObjectives: variables.INGEST_MAX_OBJECTIVES,
    maxMeasures: variables.INGEST_MAX_MEASURES,
    maxNotesPerMeasure: variables.INGEST_MAX_NOTES_PER_MEASURE,
    maxReports: variables.INGEST_MAX_REPORTS,
  };
}

/** "20 MB", "1.5 MB", "900 KB": sizes in the units the limits are stated in. */
export function formatBytes(bytes: number): string {
  if (bytes >= megabyte) return `${Number((bytes / megabyte).toFixed(1))} MB`;
  return `${Number((bytes / 1024).toFixed(1))} KB`;
}
