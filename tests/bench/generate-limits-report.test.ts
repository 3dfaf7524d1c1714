import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateLimitsReport } from "../../bench/generate-limits-report.js";
import { limitsReportSize } from "../../bench/measure-limits-report.js";
import { parseReport } from "../../src/ingest/parse-report.js";
import { defaultIngestLimits } from "../../src/ingest/ingest-limits.js";

const vocabularyText = readFileSync(
  join(import.meta.dirname, "..", "..", "data", "reports", "performance-report-2025-26-q2.txt"),
  "utf8",
);
const report = generateLimitsReport({ ...limitsReportSize, vocabularyText, seed: 500 });
const parsed = parseReport(report.text, report.file);

describe("generateLimitsReport", () => {
  it("writes a report the real parser reads without an error, at the record limits and under the text limit", () => {
    expect(parsed.diagnostics).toEqual([]);
    expect([parsed.objectives.length, parsed.measures.length]).toEqual([99, defaultIngestLimits.maxMeasures]);
    expect(parsed.measures.every((measure) => measure.notes.length === defaultIngestLimits.maxNotesPerMeasure)).toBe(
      true,
    );
    expect(Buffer.byteLength(report.text)).toBeLessThan(defaultIngestLimits.maxTextBytes);
  });

  it("gives every measure its own notes and name", () => {
    const notes = parsed.measures.flatMap((measure) => measure.notes.map((note) => note.text));
    expect(new Set(notes).size).toBe(notes.length);
    expect(new Set(parsed.measures.map((measure) => measure.name)).size).toBe(parsed.measures.length);
  });

  it("asks about one of its measures, and writes the same report for the same options", () => {
    expect(parsed.measures.some((measure) => report.question === `What is the ${measure.name}?`)).toBe(true);
    expect(generateLimitsReport({ ...limitsReportSize, vocabularyText, seed: 500 })).toEqual(report);
  });

  it("refuses more objectives than SO-nn codes can number", () => {
    expect(() => generateLimitsReport({ ...limitsReportSize, objectives: 100, vocabularyText, seed: 1 })).toThrow(
      "objective codes run SO-01 to SO-99",
    );
  });
});
