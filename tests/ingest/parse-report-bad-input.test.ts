import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/ingest/parse-report.js";
import type { Diagnostic } from "../../src/report/diagnostic.js";
import { quarterFile, reportText, yearEndFile } from "./parsed-reports.js";

const quarter = reportText(quarterFile);
const yearEnd = reportText(yearEndFile);

function errors(text: string, file = "bad.txt"): Diagnostic[] {
  return parseReport(text, file).diagnostics.filter((diagnostic) => diagnostic.severity === "error");
}

describe("parseReport on bad input", () => {
  it("refuses an empty file", () => {
    expect(parseReport("", "empty.txt")).toEqual({
      report: null,
      objectives: [],
      measures: [],
      diagnostics: [
        {
          severity: "error",
          file: "empty.txt",
          line: 0,
          message: "file is empty: expected a performance report as text",
        },
      ],
    });
    expect(errors(" \n\n\t\n")).toHaveLength(1);
  });

  it("refuses a binary file", () => {
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xd8,
    ]).toString("utf8");
    expect(errors(png)).toEqual([
      {
        severity: "error",
        file: "bad.txt",
        line: 0,
        message: "file is binary (NUL, control or undecodable bytes): expected a performance report as UTF-8 text",
      },
    ]);
  });

  it("refuses a text that is not a performance report", () => {
    expect(errors("\n\nMinutes of the Cabinet meeting\n\nPresent: Councillors…\n")).toEqual([
      {
        severity: "error",
        file: "bad.txt",
        line: 3,
        message:
          'not a performance report: expected a first line "Performance Report …", found "Minutes of the Cabinet meeting"',
      },
    ]);
  });

  it("refuses a report whose title names no period", () => {
    expect(
      errors("Performance Report\n\nNo.\tStrategic Objective\tExpected Completion\tProgress\tComments\n")[0]?.message,
    ).toMatch(/^title "Performance Report" names no period/);
  });

  it("refuses a report truncated in the middle of a row, naming the line", () => {
    const cut = quarter.slice(0, quarter.indexOf("SO-12\tNumber of potholes repaired") + 40);
    const found = errors(cut);
    expect(found[0]).toEqual({
      severity: "error",
      file: "bad.txt",
      line: 193,
      message:
        "table row has 4 cells where the header at line 190 has 9: expected a complete row (is the file truncated mid-table?)",
    });
  });

  it("refuses a report truncated between rows of a table", () => {
    const cut = quarter.split("\n").slice(0, 140).join("\n");
    expect(errors(cut).map((diagnostic) => diagnostic.message)).toEqual([
      // Line 139 is the header the export repeats at a page break; the cut leaves it with no row under it.
      "the report ends at a table header with no rows under it — is the file cut short?",
      'outcome 2 "Place" is listed in the contents but has no table: expected its section (is the file truncated?)',
      'outcome 3 "The Council" is listed in the contents but has no table: expected its section (is the file truncated?)',
      "the report states 25 strategic objectives but its tables hold 9 (SO-10 to SO-25 missing after SO-09, line 127): expected every objective row (is the file truncated mid-table?)",
    ]);
  });

  it("refuses a report truncated just after a table header", () => {
    const cut = quarter.split("\n").slice(0, 131).join("\n");
    expect(errors(cut)[0]).toEqual({
      severity: "error",
      file: "bad.txt",
      line: 131,
      message: "table header with no rows below it: expected at least one row (is the file truncated mid-table?)",
    });
  });

  it("refuses two objectives with the same code in one report", () => {
    expect(errors(quarter.replace("SO-05\tSupport people to recover", "SO-04\tSupport people to recover"))).toEqual([
      {
        severity: "error",
        file: "bad.txt",
        line: 118,
        message: "duplicate objective code SO-04 (first at line 114): expected each code once per report",
      },
    ]);
  });

  it("refuses an unknown column header in a measure table, naming the header's line", () => {
    expect(errors(quarter.replace("Latest Benchmark\tBenchmark Group", "Latest Benchmark\tBenchmark Cluster"))).toEqual(
      [
        {
          severity: "error",
          file: "bad.txt",
          line: 131,
          message:
            'unknown column header "Benchmark Cluster" in measure table: expected a period ("Quarter 2 2025-26 YTD", "2024- 25", "Year End 2022-23"), a target, performance against target, benchmark, benchmark group, latest data as at or reporting frequency',
        },
      ],
    );
  });

  it("refuses an unknown column header in an objective table", () => {
    const found = errors(yearEnd.replace("Expected Completion\tProgress", "Owner\tProgress"));
    expect(found[0]).toEqual({
      severity: "error",
      file: "bad.txt",
      line: 79,
      message:
        'unknown column header "Owner" in objective table: expected one of No. | Strategic Objective | Expected Completion | Progress | Comments',
    });
  });

  it("refuses a rating it does not know rather than guessing", () => {
    expect(errors(quarter.replace("\t343\tGood\t", "\t343\tGreen\t"))).toEqual([
      {
        severity: "error",
        file: "bad.txt",
        line: 132,
        message:
          'performance rating "Green" of "Number of children living with Council foster carers": expected Strong, Good, Review, Action or blank',
      },
    ]);
  });

  it("refuses a measure table whose heading names no table kind", () => {
    expect(errors(quarter.replace("People: Annual Measure Data", "People: Other Figures"))[0]?.message).toMatch(
      /^measure table heading "People: Other Figures": expected Latest Measure Data/,
    );
  });
});
