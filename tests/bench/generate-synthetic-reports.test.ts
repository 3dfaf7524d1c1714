import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateSyntheticReports, type ReportText } from "../../bench/generate-synthetic-reports.js";
import { parseReport } from "../../src/ingest/parse-report.js";

const reportsDirectory = join(import.meta.dirname, "..", "..", "data", "reports");
const seeds: ReportText[] = readdirSync(reportsDirectory)
  .filter((file) => file.endsWith(".txt"))
  .sort()
  .map((file) => ({ file, text: readFileSync(join(reportsDirectory, file), "utf8") }));
const parsedSeeds = seeds.map((seed) => parseReport(seed.text, seed.file));
const synthetic = generateSyntheticReports({ seeds, count: 6, seed: 7 });
const parsed = synthetic.map((report) => parseReport(report.text, report.file));

describe("generateSyntheticReports", () => {
  it("writes as many reports as asked, each parsed by the real parser without an error", () => {
    expect(synthetic).toHaveLength(6);
    for (const result of parsed) {
      expect(result.report).not.toBeNull();
      expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    }
  });

  it("gives every report its own later period, id and file name, in successive years", () => {
    const ids = parsed.map((result) => result.report?.id);
    expect(ids).toEqual([
      "2025-26-year-end",
      "2026-27-q2",
      "2026-27-year-end",
      "2027-28-q2",
      "2027-28-year-end",
      "2028-29-q2",
    ]);
    expect(new Set(parsed.map((result) => result.report?.periodEnd)).size).toBe(6);
    expect(synthetic.map((report) => report.file)).toEqual([
      "performance-report-2025-26-year-end.txt",
      "performance-report-2026-27-q2.txt",
      "performance-report-2026-27-year-end.txt",
      "performance-report-2027-28-q2.txt",
      "performance-report-2027-28-year-end.txt",
      "performance-report-2028-29-q2.txt",
    ]);
  });

  it("keeps each seed's objectives, measures and warnings, with the column headers re-labelled", () => {
    parsed.forEach((result, position) => {
      const seed = parsedSeeds[position % seeds.length]!;
      expect(result.objectives.map((objective) => [objective.code, objective.progress])).toEqual(
        seed.objectives.map((objective) => [objective.code, objective.progress]),
      );
      expect(result.measures).toHaveLength(seed.measures.length);
      expect(result.diagnostics.length).toBe(seed.diagnostics.length);
    });
    expect(parsed[1]!.measures[0]!.values.map((value) => value.period)).toEqual([
      "Quarter 2 2025-26 YTD",
      "Quarter 1 2026-27 YTD",
      "Quarter 2 2026-27 YTD",
    ]);
  });

  it("changes most figures by at most 15% and prints them the way the seed did", () => {
    let figures = 0;
    let changed = 0;
    parsed.forEach((result, position) => {
      const seed = parsedSeeds[position % seeds.length]!;
      result.measures.forEach((measure, index) => {
        measure.values.forEach((value, column) => {
          const original = seed.measures[index]!.values[column]!;
          expect(value.unit).toBe(original.unit);
          if (original.number === null) {
            expect(value.value).toBe(original.value);
            return;
          }
          // Rounding to the printed precision may add half a unit of the last printed digit ("£39m": half a million).
          const printed = Number(original.value.replace(/[^\d.]/g, ""));
          const decimals = original.value.split(".")[1]?.replace(/\D/g, "").length ?? 0;
          const lastDigit = 10 ** -decimals * (printed === 0 ? 1 : Math.abs(original.number) / printed);
          expect(Math.abs(value.number! - original.number)).toBeLessThanOrEqual(
            Math.abs(original.number) * 0.15 + lastDigit / 2,
          );
          expect(value.value.includes(",")).toBe(original.value.includes(",") && Math.abs(value.number!) >= 1000);
          figures += 1;
          if (value.value !== original.value) changed += 1;
        });
      });
    });
    expect(figures).toBeGreaterThan(300);
    expect(changed / figures).toBeGreaterThan(0.8);
  });

  it("repeats itself for the same seed and differs for another", () => {
    expect(generateSyntheticReports({ seeds, count: 6, seed: 7 })).toEqual(synthetic);
    const other = generateSyntheticReports({ seeds, count: 6, seed: 8 });
    expect(other.map((report) => report.file)).toEqual(synthetic.map((report) => report.file));
    expect(other[0]!.text).not.toBe(synthetic[0]!.text);
  });

  it("refuses a seed whose title names no period", () => {
    expect(() =>
      generateSyntheticReports({ seeds: [{ file: "notes.txt", text: "Minutes of the meeting\n" }], count: 1, seed: 1 }),
    ).toThrow(/notes\.txt has no period/);
  });
});
