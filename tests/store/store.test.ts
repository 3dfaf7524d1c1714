import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "../../src/ingest/parse-report.js";
import type { Records } from "../../src/report/records.js";
import { defaultDatabasePath } from "../../src/store/default-database-path.js";
import { findMeasures } from "../../src/store/find-measures.js";
import { findObjectives } from "../../src/store/find-objectives.js";
import { findSeries } from "../../src/store/find-series.js";
import { openStore, StoreMissingError } from "../../src/store/open-store.js";
import { readDiagnostics, readRecords } from "../../src/store/read-records.js";
import { writeStore } from "../../src/store/write-store.js";
import { quarterFile, reportText, yearEndFile } from "../ingest/parsed-reports.js";

const yearEnd = parseReport(reportText(yearEndFile), yearEndFile);
const quarter = parseReport(reportText(quarterFile), quarterFile);
const records: Records = {
  reports: [yearEnd.report, quarter.report].filter((report) => report !== null),
  objectives: [...yearEnd.objectives, ...quarter.objectives],
  measures: [...yearEnd.measures, ...quarter.measures],
};

let directory: string;
let databasePath: string;
let db: ReturnType<typeof openStore>;

beforeAll(() => {
  directory = mkdtempSync(join(tmpdir(), "store-"));
  databasePath = join(directory, "nested", "records.sqlite");
  writeStore(databasePath, records, [...yearEnd.diagnostics, ...quarter.diagnostics]);
  db = openStore(databasePath);
});

afterAll(() => {
  db.close();
  rmSync(directory, { recursive: true, force: true });
});

describe("the records store", () => {
  it("puts the default database under data/generated", () => {
    expect(defaultDatabasePath("/project")).toBe(join("/project", "data", "generated", "records.sqlite"));
  });

  it("round-trips every record exactly", () => {
    expect(readRecords(db)).toEqual(records);
  });

  it("keeps the ingest warnings", () => {
    expect(readDiagnostics(db).map((diagnostic) => diagnostic.line)).toEqual([49, 191]);
  });

  it("opens read-only", () => {
    expect(() => db.prepare("DELETE FROM reports").run()).toThrow(/readonly/i);
  });

  it("says clearly when the database does not exist", () => {
    expect(() => openStore(join(directory, "missing.sqlite"))).toThrow(StoreMissingError);
    expect(() => openStore(join(directory, "missing.sqlite"))).toThrow(/run `npm run ingest`/);
  });

  it("holds the values and notes in their own queryable tables", () => {
    const value = db
      .prepare("SELECT value, number, unit, malformed, markers FROM measure_values WHERE measure_id = ? AND period = ?")
      .get(
        "2025-26-q2/SO-11/total-grant-funding-secured-from-emcca-to-support-growth-in-derbyshire",
        "Quarter 1 2025-26 YTD",
      );
    expect(value).toEqual({ value: "£14.m", number: null, unit: null, malformed: 1, markers: '["a"]' });
    const notes = db.prepare("SELECT COUNT(*) AS count FROM measure_notes WHERE marker IS NULL").get();
    expect(notes).toEqual({ count: 15 });
  });

  it("replaces an existing store atomically, leaving no temporary file", () => {
    const other = join(directory, "replace.sqlite");
    writeStore(other, records);
    const first = readFileSync(other);
    writeStore(other, { ...records, measures: [] });
    expect(readFileSync(other).equals(first)).toBe(false);
    expect(readdirSync(directory).filter((file) => file.includes(".tmp"))).toEqual([]);
  });

  it("leaves the previous store untouched when writing fails", () => {
    const other = join(directory, "failing.sqlite");
    writeStore(other, records);
    const before = readFileSync(other);
    const duplicate = {
      ...records,
      objectives: [...records.objectives, records.objectives[0] as Records["objectives"][number]],
    };
    expect(() => writeStore(other, duplicate)).toThrow(/UNIQUE/);
    expect(readFileSync(other).equals(before)).toBe(true);
    expect(readdirSync(directory).filter((file) => file.includes(".tmp"))).toEqual([]);
    expect(existsSync(other)).toBe(true);
  });
});

describe("findMeasures", () => {
  it("filters by report and objectives", () => {
    expect(
      findMeasures(db, { report: "2025-26-q2", objectives: ["SO-12"] }).map((measure) => measure.name.slice(0, 30)),
    ).toEqual([
      "Number of potholes repaired",
      "Percentage of Highway Inspecto",
      "Percentage of Highway Inspecto",
      "Percentage of Highway Inspecto",
      "Percentage of residents satisf",
    ]);
  });

  it("filters by rating, null matching a blank rating", () => {
    expect(findMeasures(db, { report: "2025-26-q2", ratings: ["Action"] })).toHaveLength(8);
    expect(findMeasures(db, { report: "2025-26-q2", ratings: [null] })).toHaveLength(19);
    expect(findMeasures(db, { report: "2025-26-q2", ratings: ["Action", null] })).toHaveLength(27);
  });

  it("filters by ids, outcome (any case) and series key", () => {
    const id = "2024-25-year-end/SO-10/number-of-children-under-18-in-care";
    expect(findMeasures(db, { ids: [id] }).map((measure) => measure.id)).toEqual([id]);
    expect(findMeasures(db, { outcome: "place" })).toHaveLength(10);
    expect(findMeasures(db, { outcome: "Overarching Measures" })).toHaveLength(4);
    expect(
      findMeasures(db, { seriesKey: "sickness-hours-as-a-percent-of-working-hours-available" }).map(
        (measure) => measure.report,
      ),
    ).toEqual(["2024-25-year-end", "2025-26-q2"]);
  });

  it("treats absent, null and empty conditions as no filter", () => {
    expect(findMeasures(db)).toHaveLength(87);
    expect(
      findMeasures(db, { report: null, objectives: [], ratings: [], outcome: null, seriesKey: null }),
    ).toHaveLength(87);
  });

  it("binds values rather than splicing them into SQL", () => {
    expect(findMeasures(db, { report: "x' OR '1'='1" })).toEqual([]);
    expect(findMeasures(db, { objectives: ["SO-01') OR ('1'='1"] })).toEqual([]);
  });
});

describe("findObjectives and findSeries", () => {
  it("filters objectives by report, codes, progress and outcome", () => {
    expect(
      findObjectives(db, { report: "2024-25-year-end", progress: [null] }).map((objective) => objective.code),
    ).toEqual(["SO-13", "SO-15", "SO-17", "SO-23", "SO-29", "SO-31"]);
    expect(findObjectives(db, { codes: ["SO-12"] }).map((objective) => objective.id)).toEqual([
      "2024-25-year-end/SO-12",
      "2025-26-q2/SO-12",
    ]);
    expect(
      findObjectives(db, { report: "2025-26-q2", progress: ["Review", "Action"] }).map((objective) => objective.code),
    ).toEqual(["SO-01", "SO-02", "SO-12", "SO-20", "SO-21"]);
    expect(findObjectives(db, { outcome: "The Council" })).toHaveLength(12);
  });

  it("finds a series across reports, oldest report first", () => {
    expect(
      findSeries(db, "amount-of-money-raised-from-the-disposal-of-land-and-buildings").map((measure) => [
        measure.report,
        measure.values.at(-1)?.value,
      ]),
    ).toEqual([
      ["2024-25-year-end", "£13,017,908"],
      ["2025-26-q2", "£15,760,500"],
    ]);
    expect(findSeries(db, "no-such-series")).toEqual([]);
  });
});
