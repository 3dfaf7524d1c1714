import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingestIntoStore } from "../../src/engine/ingest-into-store.js";
import { recordsSchema } from "../../src/report/records.js";
import { findSeries } from "../../src/store/find-series.js";
import { openStore } from "../../src/store/open-store.js";
import { readRecords } from "../../src/store/read-records.js";
import { quarterFile, reportsDirectory, reportText, yearEndFile } from "./parsed-reports.js";

let directory: string;
let reports: string;
let databasePath: string;

beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), "ingest-"));
  reports = join(directory, "reports");
  databasePath = join(directory, "generated", "records.sqlite");
  mkdirSync(reports);
  for (const file of [quarterFile, yearEndFile]) copyFileSync(join(reportsDirectory, file), join(reports, file));
});

afterEach(() => rmSync(directory, { recursive: true, force: true }));

function ingest() {
  return ingestIntoStore({ reportsDirectory: reports, databasePath });
}

describe("ingestReports", () => {
  it("loads both reports into the store, well under a second", async () => {
    const lines: string[] = [];
    const result = await ingestIntoStore({ reportsDirectory: reports, databasePath, log: (line) => lines.push(line) });
    expect(result.ok).toBe(true);
    expect(result.milliseconds).toBeLessThan(1000);
    expect(result.records.reports.map((report) => report.id)).toEqual(["2024-25-year-end", "2025-26-q2"]);
    expect([result.records.objectives.length, result.records.measures.length]).toEqual([58, 87]);
    expect(result.diagnostics.every((diagnostic) => diagnostic.severity === "warning")).toBe(true);
    expect(lines).toEqual([
      `2024-25-year-end from ${yearEndFile}: 33 objectives, 39 measures, 1 warning`,
      `2025-26-q2 from ${quarterFile}: 25 objectives, 48 measures, 1 warning`,
    ]);
    expect(recordsSchema.safeParse(result.records).success).toBe(true);
    const db = openStore(databasePath);
    expect(readRecords(db)).toEqual(result.records);
    db.close();
  });

  it("links the same measure across reports into one series, in period order", async () => {
    const result = await ingest();
    expect(result.linkedSeries).toBe(9);
    const db = openStore(databasePath);
    const fosterCarers = findSeries(db, "number-of-children-living-with-council-foster-carers");
    db.close();
    expect(fosterCarers.map((measure) => [measure.report, measure.objective, measure.values.at(-1)?.value])).toEqual([
      ["2024-25-year-end", "SO-12", "343"],
      ["2025-26-q2", "SO-01", "357"],
    ]);
  });

  it("links a series whose name differs only by the default year-to-date qualifier", async () => {
    const { records } = await ingest();
    const including = records.measures.filter((measure) =>
      measure.name.startsWith(
        "Proportion of all new Education Health and Care plans issued within 20 weeks (including",
      ),
    );
    expect(including.map((measure) => measure.report)).toEqual(["2024-25-year-end", "2025-26-q2"]);
    expect(new Set(including.map((measure) => measure.seriesKey)).size).toBe(1);
  });

  it("loads reports of other quarters and a later year end beside the real two, linking their series in period order", async () => {
    // Real report excerpts edited into a Q1 and a Q3 report and a 2025-26 year end (see report-variants.test.ts).
    const fixtures = new URL("../fixtures/ingest/", import.meta.url);
    for (const name of ["q1-place.txt", "q3-place.txt", "year-end-2025-26-great-places.txt"])
      copyFileSync(new URL(name, fixtures), join(reports, name));
    const result = await ingest();
    expect(result.ok).toBe(true);
    expect(result.records.reports.map((report) => report.id)).toEqual([
      "2024-25-year-end",
      "2025-26-q1",
      "2025-26-q2",
      "2025-26-q3",
      "2025-26-year-end",
    ]);
    const db = openStore(databasePath);
    const passengers = findSeries(
      db,
      result.records.measures.find((measure) => measure.name.startsWith("Total number of bus passengers"))?.seriesKey ??
        "",
    );
    const roads = findSeries(
      db,
      result.records.measures.find((measure) => measure.name.startsWith("Percentage of Principal roads"))?.seriesKey ??
        "",
    );
    db.close();
    expect(
      passengers.map((measure) => [measure.report, measure.values.at(-1)?.period, measure.values.at(-1)?.value]),
    ).toEqual([
      ["2025-26-q1", "Quarter 1 2025-26 YTD", "761,454"],
      ["2025-26-q2", "Quarter 2 2025-26 YTD", "1,511,867"],
      ["2025-26-q3", "Quarter 3 2025-26 YTD", "1,511,867"],
    ]);
    expect(roads.map((measure) => [measure.report, measure.target?.period])).toEqual([
      ["2024-25-year-end", "Target for 2024-2025"],
      ["2025-26-year-end", "Target 2025/26"],
    ]);
  });

  it("leaves no temporary file beside the store", async () => {
    await ingest();
    expect(readdirSync(join(directory, "generated"))).toEqual(["records.sqlite"]);
  });
});

describe("ingestReports on bad input keeps the previous store untouched", () => {
  const cases: [string, (text: string) => string | Buffer][] = [
    ["an empty file", () => ""],
    [
      "a binary file",
      () => Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0xff, 0xd8, 0xff]),
    ],
    [
      "a text that is not a performance report",
      () => "Agenda\n\n1. Apologies for absence\n2. Minutes of the last meeting\n",
    ],
    ["a report truncated mid-table", (text) => text.slice(0, text.indexOf("SO-12\tNumber of potholes repaired") + 40)],
    [
      "two objectives with the same code",
      (text) => text.replace("SO-05\tSupport people to recover", "SO-04\tSupport people to recover"),
    ],
    [
      "an unknown column header",
      (text) => text.replace("Latest Benchmark\tBenchmark Group", "Latest Benchmark\tBenchmark Cluster"),
    ],
  ];

  it.each(cases)("%s", async (_name, corrupt) => {
    expect((await ingest()).ok).toBe(true);
    const before = readFileSync(databasePath);
    const modified = statSync(databasePath).mtimeMs;
    writeFileSync(join(reports, quarterFile), corrupt(reportText(quarterFile)));

    const result = await ingest();

    expect(result.ok).toBe(false);
    const problems = result.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((diagnostic) => diagnostic.file === quarterFile)).toBe(true);
    expect(readFileSync(databasePath).equals(before)).toBe(true);
    expect(statSync(databasePath).mtimeMs).toBe(modified);
    expect(readdirSync(join(directory, "generated"))).toEqual(["records.sqlite"]);
  });

  it("an extra file that is not a report refuses the whole ingest", async () => {
    writeFileSync(join(reports, "notes.txt"), "Some notes\n");
    const result = await ingest();
    expect(result.ok).toBe(false);
    expect(result.files.map((file) => [file.file, file.errors])).toEqual([
      ["notes.txt", 1],
      [yearEndFile, 0],
      [quarterFile, 0],
    ]);
    expect(() => openStore(databasePath)).toThrow(/no records database/);
  });

  it("refuses two files of the same period", async () => {
    copyFileSync(join(reports, quarterFile), join(reports, "copy-of-q2.txt"));
    const result = await ingest();
    expect(result.ok).toBe(false);
    expect(
      result.diagnostics
        .filter((diagnostic) => diagnostic.severity === "error")
        .map((diagnostic) => diagnostic.message),
    ).toEqual([`report 2025-26-q2 was already read from copy-of-q2.txt: expected one file per period`]);
  });

  it("refuses an empty reports directory", async () => {
    rmSync(join(reports, quarterFile));
    rmSync(join(reports, yearEndFile));
    const result = await ingest();
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0]?.message).toBe(
      "no reports in the directory: expected at least one performance report as *.pdf or *.txt",
    );
  });
});
