import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/ingest/parse-report.js";
import type { Diagnostic } from "../../src/report/diagnostic.js";
import { quarterFile, reportText, yearEndFile } from "./parsed-reports.js";

// The cut texts are made here from the real reports, so no truncated copy is committed.
const quarter = reportText(quarterFile);
const yearEnd = reportText(yearEndFile);

/** The first `count` lines of a text, ending without a newline as the real reports do. */
function firstLines(text: string, count: number): string {
  return text.split("\n").slice(0, count).join("\n");
}

/** The 1-based number of the first line after line `after` that starts with the given text; fails loudly when none does. */
function lineStarting(text: string, start: string, after = 0): number {
  const index = text.split("\n").findIndex((line, index) => index >= after && line.startsWith(start));
  if (index < 0) throw new Error(`no line starts "${start}"`);
  return index + 1;
}

function errors(text: string, file: string): Omit<Diagnostic, "severity">[] {
  return parseReport(text, file)
    .diagnostics.filter((diagnostic) => diagnostic.severity === "error")
    .map(({ severity: _severity, ...rest }) => rest);
}

/** Every cut after a line from the first table to the last but one that parses with no error. */
function acceptedCuts(text: string, file: string): number[] {
  const lines = text.split("\n");
  const firstTable = lines.findIndex((line) => line.includes("\t")) + 1;
  const accepted: number[] = [];
  for (let cut = firstTable; cut < lines.length; cut += 1)
    if (errors(firstLines(text, cut), file).length === 0) accepted.push(cut);
  return accepted;
}

describe("a report cut at a line boundary", () => {
  it("still reads both full reports with their counts and no error", () => {
    const full = [parseReport(quarter, quarterFile), parseReport(yearEnd, yearEndFile)];
    expect(full.map((parsed) => [parsed.objectives.length, parsed.measures.length])).toEqual([
      [25, 48],
      [33, 39],
    ]);
    expect(full.flatMap((parsed) => parsed.diagnostics).filter((d) => d.severity === "error")).toEqual([]);
  });

  it("refuses a report that ends after an outcome's objectives, with none of its measure tables", () => {
    const cut = lineStarting(quarter, "SO-25\t");
    expect(errors(firstLines(quarter, cut), quarterFile)).toEqual([
      {
        file: quarterFile,
        line: cut,
        message:
          'the report ends after the objectives of outcome 3 "The Council" with no measure table after them — is the file cut short?',
      },
    ]);
  });

  it("refuses a report that ends after a heading with no table under it", () => {
    const heading = lineStarting(quarter, "The Council: Annual Measure Data");
    expect(errors(firstLines(quarter, heading + 1), quarterFile)).toEqual([
      {
        file: quarterFile,
        line: heading,
        message:
          'the report ends after a heading with no table under it ("The Council: Annual Measure Data") — is the file cut short?',
      },
    ]);
    const overarching = lineStarting(yearEnd, "Overarching Measures - Latest Measure Data");
    expect(errors(firstLines(yearEnd, overarching), yearEndFile)).toEqual([
      {
        file: yearEndFile,
        line: overarching,
        message:
          'the report ends after a heading with no table under it ("Overarching Measures - Latest Measure Data") — is the file cut short?',
      },
    ]);
  });

  it("names both the heading and the outcome when a cut leaves a measure heading under an outcome's objectives", () => {
    const heading = lineStarting(quarter, "The Council: Latest Measure Data");
    expect(errors(firstLines(quarter, heading), quarterFile).map((error) => error.line)).toEqual([
      heading,
      lineStarting(quarter, "SO-25\t"),
    ]);
  });

  it("refuses a report that ends at a header repeated at a page break, or a second header, with no row under it", () => {
    const annual = lineStarting(quarter, "The Council: Annual Measure Data");
    const repeated = lineStarting(quarter, "No.\tMeasure", annual + 2);
    expect(errors(firstLines(quarter, repeated), quarterFile)).toEqual([
      {
        file: quarterFile,
        line: repeated,
        message: "the report ends at a table header with no rows under it — is the file cut short?",
      },
    ]);
    const secondOverarching = lineStarting(
      yearEnd,
      "Strategic Objective\tMeasure\t2022-2023",
      lineStarting(yearEnd, "Overarching Measures - Latest Measure Data"),
    );
    expect(errors(firstLines(yearEnd, secondOverarching), yearEndFile)).toEqual([
      {
        file: yearEndFile,
        line: secondOverarching,
        message: "the report ends at a table header with no rows under it — is the file cut short?",
      },
    ]);
  });

  it("refuses a report whose notes after the last table stop mid-sentence", () => {
    const note = lineStarting(yearEnd, "£29.5m of identified savings");
    expect(errors(firstLines(yearEnd, note), yearEndFile)).toEqual([
      {
        file: yearEndFile,
        line: note,
        message: `the report ends mid-sentence ("… Care and Health, £9.66m from Children's") — is the file cut short?`,
      },
    ]);
  });

  it("reads a cut the same with a final newline, as the test fixtures end", () => {
    const cut = firstLines(quarter, lineStarting(quarter, "The Council: Annual Measure Data"));
    expect(errors(`${cut}\n`, quarterFile)).toEqual(errors(cut, quarterFile));
  });

  it("only warns about an outcome with no measure table when the report goes on after it", () => {
    const lines = quarter.split("\n");
    const from = lineStarting(quarter, "Place: Latest Measure Data") - 1;
    const to = lineStarting(quarter, "The Council: A resident focused") - 1;
    const parsed = parseReport([...lines.slice(0, from), ...lines.slice(to)].join("\n"), quarterFile);
    expect(parsed.diagnostics.filter((diagnostic) => /measure table after/.test(diagnostic.message))).toEqual([
      {
        severity: "warning",
        file: quarterFile,
        // The last row of Place's objectives: SO-13's title finished on the next page, under the repeated header.
        line: lineStarting(quarter, "SO-13\t") + 3,
        message: 'outcome 2 "Place" has objectives but no measure table after them',
      },
    ]);
  });

  // What is left: a cut after a complete row of the last measure table (or a blank line after one), after a tail
  // line that finishes the last measure name, or after a note paragraph that ends its sentence. Such a text is a
  // report that reads whole; neither report states how many measures it holds, so nothing tells the loss.
  it("accepts only the cuts after a complete measure row or a finished note", () => {
    expect(acceptedCuts(quarter, quarterFile)).toEqual([
      246, 247, 248, 249, 250, 252, 253, 254, 258, 259, 260, 261, 263, 264,
    ]);
    expect(acceptedCuts(yearEnd, yearEndFile)).toEqual([
      264, 265, 266, 267, 268, 272, 273, 275, 276, 277, 278, 279, 280, 281, 284, 285, 286, 287,
    ]);
  });
});
