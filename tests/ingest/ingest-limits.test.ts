import { describe, expect, it } from "vitest";
import { defaultIngestLimits, formatBytes, ingestLimits } from "../../src/ingest/ingest-limits.js";

describe("ingestLimits", () => {
  it("gives the defaults when nothing is set, or a variable is empty", () => {
    expect(ingestLimits({})).toEqual(defaultIngestLimits);
    expect(ingestLimits({ INGEST_MAX_MEASURES: "", INGEST_MAX_REPORTS: "  " })).toEqual(defaultIngestLimits);
    expect(defaultIngestLimits).toMatchObject({
      maxTextBytes: 20 * 1024 * 1024,
      maxPdfBytes: 50 * 1024 * 1024,
      maxObjectives: 500,
      maxMeasures: 500,
    });
  });

  it("reads each variable", () => {
    expect(
      ingestLimits({
        INGEST_MAX_TEXT_BYTES: "1000",
        INGEST_MAX_PDF_BYTES: "2000",
        INGEST_MAX_PDF_PAGES: "3",
        INGEST_MAX_OBJECTIVES: "4",
        INGEST_MAX_MEASURES: "5",
        INGEST_MAX_NOTES_PER_MEASURE: "6",
        INGEST_MAX_REPORTS: "7",
      }),
    ).toEqual({
      maxTextBytes: 1000,
      maxPdfBytes: 2000,
      maxPdfPages: 3,
      maxObjectives: 4,
      maxMeasures: 5,
      maxNotesPerMeasure: 6,
      maxReports: 7,
    });
  });

  it.each([
    [{ INGEST_MAX_MEASURES: "many" }, "INGEST_MAX_MEASURES: expected a whole number"],
    [{ INGEST_MAX_TEXT_BYTES: "1.5" }, "INGEST_MAX_TEXT_BYTES: expected a whole number"],
    [{ INGEST_MAX_REPORTS: "0" }, "INGEST_MAX_REPORTS: expected a positive whole number"],
  ])("names the variable of an invalid value: %o", (environment, message) => {
    expect(() => ingestLimits(environment)).toThrow(message);
  });

  it("states sizes in the units the limits use", () => {
    expect([formatBytes(20 * 1024 * 1024), formatBytes(1.5 * 1024 * 1024), formatBytes(50_000)]).toEqual([
      "20 MB",
      "1.5 MB",
      "48.8 KB",
    ]);
  });
});
