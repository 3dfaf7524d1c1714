import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, type ParsedReport } from "../../src/ingest/parse-report.js";
import type { Measure } from "../../src/report/measure.js";
import { measureNamed, quarterFile, reportText, yearEndFile } from "./parsed-reports.js";

/*
 * Reports of the same family we have not seen: other quarters and year ends, exported the same way but with other
 * columns, headings, page breaks and export debris. Each fixture is a real report excerpt (q2-place.txt or
 * year-end-great-places-and-overarching.txt) edited as its test says; smaller edits are made here on the real text.
 */

const fixtures = new URL("../fixtures/ingest/", import.meta.url);

function fixtureText(name: string): string {
  return readFileSync(new URL(name, fixtures), "utf8");
}

function parseFixture(name: string): ParsedReport {
  return parseReport(fixtureText(name), name);
}

/** Records without their line numbers, for comparing a variant whose edits moved lines with its original. */
function withoutLines<Value>(value: Value): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, field: unknown) =>
      key === "line" || key === "id" || key === "report" ? undefined : field,
    ),
  );
}

/** A measure with its column headers renamed, as the variant prints them. */
function renamed(measure: Measure, headers: Record<string, string>): unknown {
  return withoutLines({
    ...measure,
    values: measure.values.map((value) => ({ ...value, period: headers[value.period] ?? value.period })),
    target: measure.target && { ...measure.target, period: headers[measure.target.period] ?? measure.target.period },
  });
}

/** An objective-table column inserted at a position: its header, and a cell for each objective row (blank on continuation rows). */
function withObjectiveColumn(text: string, position: number, header: string, cell: string): string {
  return text
    .split("\n")
    .map((line) => {
      const cells = line.split("\t");
      if (cells.length !== 5 || cells[1] === "Measure") return line;
      const inserted = cells[0] === "No." ? header : cells[0] === "" ? "" : cell;
      return [...cells.slice(0, position), inserted, ...cells.slice(position)].join("\t");
    })
    .join("\n");
}

function errors(parsed: ParsedReport) {
  return parsed.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
}

const q2Place = parseFixture("q2-place.txt");
const yearEndPlaces = parseFixture("year-end-great-places-and-overarching.txt");

describe("parseReport on other quarters and year ends", () => {
  it("reads a Q3 report's columns by their headers", () => {
    // q2-place.txt retitled Quarter 3, its latest-data columns headed for Q3, headings "Latest Measures Data" and "Annual Measures".
    const parsed = parseFixture("q3-place.txt");
    expect(parsed.report).toMatchObject({
      id: "2025-26-q3",
      quarter: 3,
      periodEnd: "2025-12-31",
      periodLabel: "Quarter 3 2025-26",
    });
    expect(
      measureNamed(parsed, "SO-11", "Total number of bus passengers").values.map(({ period, value }) => ({
        period,
        value,
      })),
    ).toEqual([
      { period: "Quarter 3 2024-25 YTD", value: "1,552,640" },
      { period: "Quarter 2 2025-26 YTD", value: "761,454" },
      { period: "Quarter 3 2025-26 YTD", value: "1,511,867" },
    ]);
    expect(measureNamed(parsed, "SO-11", "Total number of bus passengers").target).toEqual({
      period: "Performance Target at Q3",
      value: "1,300,000",
      number: 1300000,
      unit: "count",
      malformed: false,
    });
    const headers = {
      "Quarter 2 2024-25 YTD": "Quarter 3 2024-25 YTD",
      "Quarter 1 2025-26 YTD": "Quarter 2 2025-26 YTD",
      "Quarter 2 2025-26 YTD": "Quarter 3 2025-26 YTD",
      "Performance Target at Q2": "Performance Target at Q3",
    };
    expect(parsed.measures.map((measure) => withoutLines(measure))).toEqual(
      q2Place.measures.map((measure) => renamed(measure, headers)),
    );
    expect(parsed.measures.map((measure) => measure.table)).toEqual([...Array<string>(9).fill("latest"), "annual"]);
    expect(withoutLines(parsed.objectives)).toEqual(withoutLines(q2Place.objectives));
  });

  it("reads a Q1 report with only two value columns", () => {
    // q2-place.txt retitled Quarter 1, its latest-data tables without the "Quarter 2 2025-26 YTD" column.
    const parsed = parseFixture("q1-place.txt");
    expect(parsed.report?.id).toBe("2025-26-q1");
    const potholes = measureNamed(parsed, "SO-12", "Number of potholes repaired");
    expect(potholes.values.map(({ period, value, markers }) => ({ period, value, markers }))).toEqual([
      { period: "Quarter 1 2024-25 YTD", value: "", markers: [] },
      { period: "Quarter 1 2025-26 YTD", value: "14,846", markers: ["b"] },
    ]);
    expect(potholes.notes.map((note) => note.marker)).toEqual(["b"]);
    expect(measureNamed(parsed, "SO-13", "Percentage of all LA collected").target?.period).toBe(
      "Performance Target at Q1",
    );
    expect(errors(parsed)).toEqual([]);
  });

  it("reads a 2025-26 year-end report: its period, a Quarter 4 Progress heading and targets headed by year", () => {
    // year-end-great-places-and-overarching.txt moved on a year: "Quarter 4 Progress", "Target for Year End 2025-26",
    // "Target 2025/26", and "Latest Benchmark (2024)" in the awaiting-data table.
    const parsed = parseFixture("year-end-2025-26-great-places.txt");
    expect(parsed.report).toMatchObject({ id: "2025-26-year-end", periodKind: "year-end", periodEnd: "2026-03-31" });
    expect(parsed.objectives.map((objective) => [objective.code, objective.outcome])).toEqual(
      yearEndPlaces.objectives.map((objective) => [objective.code, objective.outcome]),
    );
    expect(measureNamed(parsed, "SO-19", "Number of carers").target).toMatchObject({
      period: "Target for Year End 2025-26",
      value: "5,880",
    });
    const roads = measureNamed(parsed, "SO-18", "Percentage of Non-principal");
    expect(roads.values.map((value) => value.period)).toEqual([
      "2023-2024 Year End",
      "2024-2025 Year End",
      "2025-2026 Year End",
    ]);
    expect(roads.target).toMatchObject({ period: "Target 2025/26", value: "23.0%" });
    const casualties = measureNamed(parsed, "SO-18", "Number of people killed");
    expect(casualties.values.map((value) => value.period)).toEqual([
      "2023-2024 Year End",
      "2024-2025 Year End",
      "2025-2026 Year End",
    ]);
    expect(casualties.benchmark).toBeNull();
  });

  it("joins rows split by a page break in annual, awaiting-data and overarching tables, past page numbers and a continued heading", () => {
    // The same fixture splits a row of each of those tables over a page break; "17", "Page 18 of 30" and
    // "Overarching Measures - Latest Measure Data (continued)" are printed between the pages.
    const parsed = parseFixture("year-end-2025-26-great-places.txt");
    expect(parsed.measures.map((measure) => [measure.table, measure.name])).toEqual(
      yearEndPlaces.measures.map((measure) => [measure.table, measure.name]),
    );
    expect(measureNamed(parsed, "SO-18", "Percentage of Principal roads").frequency).toBe("End of Q3");
    expect(measureNamed(parsed, "SO-18", "Number of people killed")).toMatchObject({
      benchmarkGroup: "Not comparable",
      frequency: "Calendar year end",
    });
    expect(measureNamed(parsed, "Overarching Measure", "Percentage of residents who are satisfied")).toMatchObject({
      name: "Percentage of residents who are satisfied with Derbyshire County Council",
      frequency: "Ad Hoc Consultation",
    });
    expect(parsed.diagnostics).toEqual([
      {
        severity: "warning",
        file: "year-end-2025-26-great-places.txt",
        line: 0,
        message: 'the report states no progress counts in prose ("N show good progress…")',
      },
    ]);
  });
});

describe("parseReport on other table layouts", () => {
  it("maps reordered columns by their headers and leaves out Direction of Travel with a warning", () => {
    // q2-place.txt with "Latest Benchmark" moved before the target, a "Direction of Travel" column after the rating,
    // and a "Previous Quarter Progress" column in the objective tables.
    const parsed = parseFixture("q2-place-extra-columns.txt");
    const defects = measureNamed(parsed, "SO-12", "Percentage of Highway Inspector (HIN) defects with a 32 hour");
    expect(defects).toMatchObject({ rating: "Good", benchmarkGroup: "New Local Measure" });
    expect(defects.target).toMatchObject({ period: "Performance Target at Q2", value: "90.0%" });
    expect(defects.benchmark).toEqual({ value: "88.0%", number: 88, unit: "percent", malformed: false });
    expect(parsed.objectives.map((objective) => objective.progress)).toEqual(["Good", "Good", "Review", "Good"]);
    expect(parsed.diagnostics.filter((diagnostic) => /not kept/.test(diagnostic.message))).toEqual([
      {
        severity: "warning",
        file: "q2-place-extra-columns.txt",
        line: 11,
        message:
          'column "Previous Quarter Progress" of this objective table is not kept: the records have no field for it',
      },
      {
        severity: "warning",
        file: "q2-place-extra-columns.txt",
        line: 28,
        message: 'column "Direction of Travel" of this measure table is not kept: the records have no field for it',
      },
    ]);
    expect(errors(parsed)).toEqual([]);
  });

  it("keeps the later of two progress columns headed by period", () => {
    // q2-place.txt with a "Q1 Progress" column (all "Action") before its progress column, headed "Q2 Progress".
    const text = withObjectiveColumn(
      fixtureText("q2-place.txt").replaceAll("\tProgress\tComments", "\tQ2 Progress\tComments"),
      3,
      "Q1 Progress",
      "Action",
    );
    const parsed = parseReport(text, "two-progress.txt");
    expect(parsed.objectives.map((objective) => objective.progress)).toEqual(["Good", "Good", "Review", "Good"]);
    expect(parsed.diagnostics.find((diagnostic) => /earlier period/.test(diagnostic.message))).toEqual({
      severity: "warning",
      file: "two-progress.txt",
      line: 11,
      message: 'column "Q1 Progress" is an earlier period\'s progress column: the records keep "Q2 Progress"',
    });
  });

  it("joins header rows wrapped onto two lines", () => {
    // q2-place.txt with the first objective header and every latest-data header wrapped ("Performance Target" / "at Q2").
    const parsed = parseFixture("q2-place-wrapped-headers.txt");
    expect(withoutLines(parsed.objectives)).toEqual(withoutLines(q2Place.objectives));
    expect(withoutLines(parsed.measures)).toEqual(withoutLines(q2Place.measures));
    expect(parsed.diagnostics.map((diagnostic) => diagnostic.message)).toEqual(
      q2Place.diagnostics.map((diagnostic) => diagnostic.message),
    );
  });

  it("reports an unknown header in a wrapped header row at the row's first line", () => {
    // The header's role is only known once its lines are joined, so the error names the line the header starts on
    // and says which lines it spans.
    const text = fixtureText("q2-place-wrapped-headers.txt").replace("\tagainst target\t", "\tagainst cluster\t");
    expect(errors(parseReport(text, "wrapped.txt"))).toEqual([
      {
        severity: "error",
        file: "wrapped.txt",
        line: 29,
        message:
          'unknown column header "Latest Performance against cluster" in measure table (header row over lines 29–30): expected a period ("Quarter 2 2025-26 YTD", "2024- 25", "Year End 2022-23"), a target, performance against target, benchmark, benchmark group, latest data as at or reporting frequency',
      },
    ]);
  });

  it("reads a row after a repeated one-line header as a record's continuation, even when it reads like a header", () => {
    // q2-place.txt with the row split at the page break continuing only its benchmark group: "England Average" / "2023-24".
    const text = fixtureText("q2-place.txt")
      .replace(
        "SO-12\tPercentage of Highway Inspector (HIN) defects\t\t17.7% ^(c)\t53%\t80.0%\tAction\t\tNew Local Measure",
        "SO-12\tPercentage of Highway Inspector (HIN) defects with a 28 day response target remedied within target (Data shows the position at the end of the quarter)\t\t17.7% ^(c)\t53%\t80.0%\tAction\t\tEngland Average",
      )
      .replace(
        "\twith a 28 day response target remedied within target (Data shows the position at the end of the quarter)\t\t\t\t\t\t\t",
        "\t\t\t\t\t\t\t\t2023-24",
      );
    const parsed = parseReport(text, "q2-place.txt");
    expect(
      measureNamed(parsed, "SO-12", "Percentage of Highway Inspector (HIN) defects with a 28 day").benchmarkGroup,
    ).toBe("England Average 2023-24");
    expect(parsed.measures.map((measure) => measure.values.map((value) => value.period))).toEqual(
      q2Place.measures.map((measure) => measure.values.map((value) => value.period)),
    );
  });

  it("ignores page numbers printed among a table's notes and headings", () => {
    // Not a note of the latest-data table above, nor the heading of the annual table below.
    const text = fixtureText("q2-place.txt").replace(
      "\nPlace: Annual Measure Data\n",
      "\n20\n\nPlace: Annual Measure Data\n\nPage 21\n",
    );
    const parsed = parseReport(text, "q2-place.txt");
    expect(parsed.measures.map((measure) => [measure.table, measure.notes])).toEqual(
      q2Place.measures.map((measure) => [measure.table, measure.notes]),
    );
    expect(errors(parsed)).toEqual([]);
  });

  it("reads a measure table heading wrapped onto two lines", () => {
    const text = fixtureText("q2-place.txt")
      .replace("Place: Latest Measure Data", "Place: Latest Measure\nData")
      .replace("Place: Annual Measure Data", "Place: Annual\nMeasure Data");
    const parsed = parseReport(text, "q2-place.txt");
    expect(parsed.measures.map((measure) => [measure.table, measure.outcome])).toEqual(
      q2Place.measures.map((measure) => [measure.table, measure.outcome]),
    );
    expect(errors(parsed)).toEqual([]);
  });

  it("still refuses an extra objective column it does not know, naming its header's line", () => {
    // q2-place.txt with a "Lead Officer" column after each objective's title.
    const text = withObjectiveColumn(fixtureText("q2-place.txt"), 2, "Lead Officer", "Director of Place");
    expect(errors(parseReport(text, "q2-place.txt"))).toEqual([
      {
        severity: "error",
        file: "q2-place.txt",
        line: 11,
        message:
          'unknown column header "Lead Officer" in objective table: expected one of No. | Strategic Objective | Expected Completion | Progress | Comments',
      },
    ]);
  });

  it("refuses a blank column header, naming the column", () => {
    const text = fixtureText("q2-place.txt").replaceAll("\tLatest Benchmark\tBenchmark Group", "\t\tBenchmark Group");
    expect(
      errors(parseReport(text, "q2-place.txt")).map((diagnostic) => [
        diagnostic.line,
        diagnostic.message.split(":")[0],
      ]),
    ).toEqual([
      [28, "blank column header (column 8) in measure table"],
      [50, "blank column header (column 8) in measure table"],
    ]);
  });

  it("reads a continuation row after a repeated header as a row, not as part of the header", () => {
    // The real reports continue names and benchmark groups under a repeated header ("\tDerbyshire outstanding or good…");
    // joined to the header they would make unknown columns, so they stay rows.
    const parsed = parseReport(reportText(quarterFile), quarterFile);
    expect(measureNamed(parsed, "SO-03", "Percentage of care homes (18-64+)")).toMatchObject({
      name: "Percentage of care homes (18-64+) across Derbyshire outstanding or good",
      benchmarkGroup: "Cipfa Nearest Neighbours August 2025",
    });
  });
});

/** Applies an edit to the rows of measure tables only (those under a header whose second cell is "Measure"). */
function editMeasureRows(text: string, edit: (line: string) => string): string {
  let inMeasureTable = false;
  return text
    .split("\n")
    .map((line) => {
      const cells = line.split("\t");
      if (cells[1] === "Measure" || cells[1] === "Strategic Objective") inMeasureTable = cells[1] === "Measure";
      else if (!line.includes("\t") && line.trim() !== "") inMeasureTable = false;
      return inMeasureTable ? edit(line) : line;
    })
    .join("\n");
}

/** Edits of a whole real report that must not change a single record or diagnostic. */
const exportDifferences: [string, (text: string) => string][] = [
  ["CRLF line endings", (text) => text.replaceAll("\n", "\r\n")],
  ["a UTF-8 byte order mark", (text) => `\uFEFF${text}`],
  ["a byte order mark and CRLF line endings", (text) => `\uFEFF${text.replaceAll("\n", "\r\n")}`],
  [
    "non-breaking spaces in its table rows",
    (text) =>
      text
        .split("\n")
        .map((line) => (line.includes("\t") ? line.replaceAll(" ", "\u00a0").replaceAll("\t", "\u00a0\t") : line))
        .join("\n"),
  ],
  ["every tab doubled", (text) => text.replaceAll("\t", "\t\t")],
  [
    "a trailing tab on every table row",
    (text) =>
      text
        .split("\n")
        .map((line) => (line.includes("\t") ? `${line}\t` : line))
        .join("\n"),
  ],
  [
    "trailing spaces on every line",
    (text) =>
      text
        .split("\n")
        .map((line) => `${line}  `)
        .join("\n"),
  ],
  [
    "ratings in capitals",
    (text) =>
      text.replace(
        /\t(Complete|Strong|Good|Review|Action)\t/g,
        (_whole, rating: string) => `\t${rating.toUpperCase()}\t`,
      ),
  ],
  [
    "a footnote marker after each objective's progress",
    (text) => text.replace(/^(SO-\d\d\t[^\t]*\t[^\t]*\t(?:Complete|Good|Review|Action))\t/gm, "$1 ^(a)\t"),
  ],
  [
    "objective codes written SO-7 and SO 12",
    (text) => text.replace(/^SO-0(\d)\t/gm, "SO-$1\t").replace(/^SO-(1\d)\t/gm, "SO $1\t"),
  ],
  [
    "an outcome number before each measure's objective code",
    (text) =>
      editMeasureRows(text, (line) =>
        line.replace(/^SO-(\d\d)\t/, (code, digits: string) => `${Math.ceil(Number(digits) / 7)} ${code}`),
      ),
  ],
];

describe.each([quarterFile, yearEndFile])("the real report %s", (file) => {
  const original = parseReport(reportText(file), file);

  it.each(exportDifferences)("reads a copy with %s into the same records", (_difference, edit) => {
    const edited = edit(reportText(file));
    expect(edited).not.toBe(reportText(file));
    const parsed = parseReport(edited, file);
    expect(parsed.report).toEqual(original.report);
    expect(parsed.objectives).toEqual(original.objectives);
    expect(parsed.measures).toEqual(original.measures);
    expect(parsed.diagnostics).toEqual(original.diagnostics);
  });
});

describe("footnote markers in other printed forms", () => {
  // q2-place.txt marks cells "^(a)"…"^(c)" and defines "⁽a) …" under the table; these print the same footnotes otherwise.
  const forms: [string, Record<string, string>, Record<string, string>][] = [
    ["(a)", { " ^(": " (", "⁽": "(" }, { a: "a", b: "b", c: "c" }],
    [
      "¹",
      { " ^(a)": "¹", " ^(b)": "²", " ^(c)": "³", "⁽a)": "¹ ", "⁽b)": "² ", "⁽c)": "³" },
      { a: "1", b: "2", c: "3" },
    ],
    [
      "*",
      { " ^(a)": "*", " ^(b)": "**", " ^(c)": "***", "⁽a)": "* ", "⁽b)": "** ", "⁽c)": "***" },
      { a: "*", b: "**", c: "***" },
    ],
    ["b) with no opening bracket", { "⁽": "" }, { a: "a", b: "b", c: "c" }],
  ];

  it.each(forms)("resolves markers written %s to the footnotes under the table", (_form, replacements, markers) => {
    let text = fixtureText("q2-place.txt");
    for (const [printed, replacement] of Object.entries(replacements)) text = text.replaceAll(printed, replacement);
    const parsed = parseReport(text, "q2-place.txt");
    const expected = q2Place.measures.map((measure) => ({
      ...measure,
      values: measure.values.map((value) => ({
        ...value,
        markers: value.markers.map((marker) => markers[marker] ?? marker),
      })),
      notes: measure.notes.map((note) => ({
        ...note,
        marker: note.marker === null ? null : (markers[note.marker] ?? note.marker),
      })),
    }));
    expect(parsed.measures).toEqual(expected);
    expect(parsed.diagnostics).toEqual(q2Place.diagnostics);
  });
});

describe("titles and prose of other reports", () => {
  it("reads a title after a letterhead line, with the quarter written short", () => {
    const text = fixtureText("q2-place.txt").replace(
      "Performance Report Quarter 2 2025 to 2026",
      "Derbyshire County Council\n\nPerformance Report Q3 2025/26",
    );
    expect(parseReport(text, "q3.txt").report).toMatchObject({
      id: "2025-26-q3",
      title: "Performance Report Q3 2025/26",
    });
  });

  it("reads stated counts written in the singular or in words", () => {
    const text = fixtureText("q2-place.txt").replace(
      "\nPlace: Prosperous",
      "\nAs at Quarter 3, of the 4 Strategic Objectives in the Council Plan 2025-29, one has been completed, 2 show good progress and one requires review.\n\nPlace: Prosperous",
    );
    expect(parseReport(text, "q3.txt").report?.statedCounts).toMatchObject({
      total: 4,
      complete: 1,
      good: 2,
      review: 1,
      action: null,
    });
  });
});
