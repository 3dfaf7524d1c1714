import { describe, expect, it } from "vitest";
import {
  measureNamed,
  objectiveCoded,
  parsedReport,
  progressCounts,
  tableKindCounts,
  quarterFile,
  valueAt,
} from "./parsed-reports.js";

const parsed = parsedReport(quarterFile);

describe("parseReport on the Q2 2025-26 report", () => {
  it("reads the report's identity and period from its title", () => {
    expect(parsed.report).toMatchObject({
      id: "2025-26-q2",
      title: "Performance Report Quarter 2 2025 to 2026",
      financialYear: "2025-26",
      quarter: 2,
      periodKind: "quarter",
      periodLabel: "Quarter 2 2025-26",
      periodEnd: "2025-09-30",
      planName: "Council Plan 2025-29",
    });
  });

  it("reads the outcomes from the contents list", () => {
    expect(parsed.report?.outcomes).toEqual([
      {
        number: 1,
        name: "People",
        description: "Empowered communities where people live safe, happy, healthy and independent lives",
      },
      { number: 2, name: "Place", description: "Prosperous, green and sustainable places with opportunities for all" },
      {
        number: 3,
        name: "The Council",
        description: "A resident focused, efficient and effective organisation delivering value for money",
      },
    ]);
  });

  it("reads the progress counts stated in prose", () => {
    expect(parsed.report?.statedCounts).toEqual({
      total: 25,
      complete: null,
      good: 20,
      review: 3,
      action: 2,
      sentence:
        "As at Quarter 2, of the 25 Strategic Objectives in the Council Plan 2025-29, 20 show good progress, 3 require review and 2 require action.",
    });
  });

  it("reads the introduction and the achievements, wrapped lines joined", () => {
    expect(parsed.report?.introduction).toMatch(
      /^Welcome to the council's performance report on the Council Plan for Quarter 2 2025-26\. .* we can\.$/,
    );
    expect(parsed.report?.achievements).toHaveLength(30);
    expect(parsed.report?.achievements[0]).toEqual({
      outcome: "People",
      text: "As part of the D2N2 Foster for East Midlands partnership, there are currently 30 fostering assessments underway. This is expected to increase the number of internal foster carers through 2026, reducing reliance on external placements and supporting children to remain close to home.",
      line: 27,
    });
    expect(parsed.report?.achievements.filter((achievement) => achievement.outcome === "Place")).toHaveLength(14);
    expect(parsed.report?.achievements.at(-1)?.outcome).toBe("The Council");
  });

  it("finds 25 objectives and 48 measures", () => {
    expect(parsed.objectives).toHaveLength(25);
    expect(parsed.measures).toHaveLength(48);
    expect(parsed.objectives.map((objective) => objective.code)).toEqual(
      Array.from({ length: 25 }, (_, index) => `SO-${String(index + 1).padStart(2, "0")}`),
    );
  });

  it("counts the progress ratings: 20 Good, 3 Review, 2 Action", () => {
    expect(progressCounts(parsed)).toEqual({ Good: 20, Review: 3, Action: 2 });
  });

  it("reports only the malformed figure, with no error", () => {
    expect(parsed.diagnostics).toEqual([
      {
        severity: "warning",
        file: quarterFile,
        line: 191,
        message:
          'malformed figure "£14.m" under "Quarter 1 2025-26 YTD" for "Total grant funding secured from EMCCA to support growth in Derbyshire": kept as printed, no number read',
      },
    ]);
  });

  it("counts measures per table kind", () => {
    expect(tableKindCounts(parsed)).toEqual({ latest: 38, annual: 10 });
  });

  it("places objectives and measures under their section's outcome", () => {
    expect(objectiveCoded(parsed, "SO-09").outcome).toBe("People");
    expect(objectiveCoded(parsed, "SO-10").outcome).toBe("Place");
    expect(objectiveCoded(parsed, "SO-25").outcome).toBe("The Council");
    expect(measureNamed(parsed, "SO-12", "Percentage of residents satisfied").outcome).toBe("Place");
    expect(measureNamed(parsed, "SO-24", "Amount of money raised").outcome).toBe("The Council");
  });
});

describe("exact values of the Q2 2025-26 report", () => {
  const cases: [string, string, (measure: ReturnType<typeof measureNamed>) => unknown, unknown][] = [
    [
      "SO-01",
      "Number of children living with Council foster carers",
      (m) => valueAt(m, "Quarter 2 2025-26 YTD"),
      "357",
    ],
    [
      "SO-01",
      "Number of children living with Council foster carers",
      (m) => valueAt(m, "Quarter 2 2024-25 YTD"),
      "313",
    ],
    [
      "SO-01",
      "Number of children living with Council foster carers",
      (m) => m.target,
      { period: "Performance Target at Q2", value: "343", number: 343, unit: "count", malformed: false },
    ],
    ["SO-01", "Percentage of Council run children's homes", (m) => m.benchmark?.value, "89.2%"],
    ["SO-01", "Percentage of Council run children's homes", (m) => m.benchmarkGroup, "England Average June 2025"],
    ["SO-01", "Percentage of children returning home", (m) => m.rating, "Strong"],
    [
      "SO-01",
      "Rate of Children (under 18) in care per 10k",
      (m) => m.values.map((value) => value.number),
      [67.2, 66, 67],
    ],
    [
      "SO-01",
      "Rate of Children (under 18) in care per 10k",
      (m) => [m.target, m.rating, m.benchmark?.value],
      [null, null, "58"],
    ],
    [
      "SO-02",
      "Proportion of all new Education Health and Care plans issued within 20 weeks (including",
      (m) => valueAt(m, "Quarter 1 2025-26 YTD"),
      "3.0%",
    ],
    [
      "SO-02",
      "Proportion of all new Education Health and Care plans issued within 20 weeks (excluding",
      (m) => m.target?.value,
      "24.4%",
    ],
    [
      "SO-02",
      "Number of new Education Health and Care plan assessments",
      (m) => valueAt(m, "Quarter 2 2024-25 YTD"),
      "1,341",
    ],
    ["SO-03", "Percentage of care homes (65+)", (m) => valueAt(m, "Quarter 2 2025-26 YTD"), ""],
    [
      "SO-04",
      "Percentage of people following a safeguarding",
      (m) => [m.target?.value, m.rating, m.benchmarkGroup],
      ["80%", "Action", "Local Measure"],
    ],
    [
      "SO-07",
      "Number of people supported into paid employment",
      (m) => [valueAt(m, "Quarter 2 2024-25 YTD"), valueAt(m, "Quarter 2 2025-26 YTD")],
      ["", "50"],
    ],
    ["SO-11", "Total number of bus passengers", (m) => valueAt(m, "Quarter 2 2025-26 YTD"), "1,511,867"],
    [
      "SO-11",
      "Total grant funding secured from EMCCA",
      (m) => m.values.at(-1),
      {
        period: "Quarter 2 2025-26 YTD",
        value: "£39m",
        number: 39000000,
        unit: "pounds",
        malformed: false,
        markers: [],
      },
    ],
    [
      "SO-11",
      "Total grant funding secured from EMCCA",
      (m) => m.target,
      { period: "Performance Target at Q2", value: "n/a", number: null, unit: null, malformed: false },
    ],
    [
      "SO-12",
      "Number of potholes repaired",
      (m) => m.values[1],
      {
        period: "Quarter 1 2025-26 YTD",
        value: "14,846",
        number: 14846,
        unit: "count",
        malformed: false,
        markers: ["b"],
      },
    ],
    [
      "SO-12",
      "Percentage of Highway Inspector (HIN) defects with a 28 day",
      (m) => [valueAt(m, "Quarter 2 2025-26 YTD"), m.target?.value, m.rating],
      ["53%", "80.0%", "Action"],
    ],
    [
      "SO-13",
      "LA collected municipal waste",
      (m) => [valueAt(m, "Quarter 2 2025-26 YTD"), m.rating, m.benchmarkGroup],
      ["7.1%", "Action", "Not currently available"],
    ],
    [
      "SO-15",
      "Percentage of Initial Child Protection Conferences",
      (m) => [valueAt(m, "Quarter 2 2025-26 YTD"), m.target?.value, m.rating, m.benchmark?.value],
      ["79.8%", "81.5%", "Review", "79.7%"],
    ],
    ["SO-16", "Number of Adult Social Care carers", (m) => valueAt(m, "Quarter 2 2025-26 YTD"), "3,768"],
    [
      "SO-21",
      "Sickness Hours as a % of Working Hours Available",
      (m) => [valueAt(m, "Quarter 2 2025-26 YTD"), m.rating],
      ["4.60%", "Good"],
    ],
    [
      "SO-24",
      "Amount of money raised",
      (m) => m.values.map((value) => value.value),
      ["£10,481,480", "£7,722,500", "£15,760,500"],
    ],
    [
      "SO-02",
      "Number of school pupils with SEN support",
      (m) => m.values.map((value) => [value.period, value.value]),
      [
        ["2023- 24", "16,937"],
        ["2024- 25", "17,227"],
        ["2025- 26", "17,475"],
      ],
    ],
    [
      "SO-02",
      "Percentage of school pupils with EHC plan",
      (m) => [m.benchmark?.value, m.benchmarkGroup, m.frequency],
      ["5.3%", "England Average January 2025", "Academic Year"],
    ],
    [
      "SO-12",
      "Percentage of residents satisfied overall",
      (m) => [valueAt(m, "2025- 26 (YTD)"), m.benchmark?.value, m.frequency],
      ["48.0%", "50.0%", "End of Q3"],
    ],
    [
      "SO-14",
      "Rate of permanent exclusions",
      (m) => [valueAt(m, "2024- 25"), valueAt(m, "2025- 26"), m.benchmark?.value],
      ["0.21", "", "0.13"],
    ],
    [
      "SO-15",
      "Percentage of pupils achieving the expected standard in Phonics",
      (m) => [m.target, m.rating],
      [{ period: "Target 2025- 26", value: "79.8%", number: 79.8, unit: "percent", malformed: false }, "Review"],
    ],
    [
      "SO-15",
      "Percentage point gap between disadvantaged pupils in Derbyshire and non disadvantaged pupils nationally achieving the expected",
      (m) => [valueAt(m, "2025- 26"), m.rating],
      ["21.3%", "Action"],
    ],
  ];
  it.each(cases)("%s %s", (objective, name, read, expected) => {
    expect(read(measureNamed(parsed, objective, name))).toEqual(expected);
  });

  it('reads the rating column whose header the extraction split ("Latest Perform ance against target")', () => {
    expect(measureNamed(parsed, "SO-15", "Percentage of Children's Social Work Assessments").rating).toBe("Strong");
    expect(measureNamed(parsed, "SO-24", "Amount of money raised").rating).toBe("Strong");
  });

  it("keeps each objective's expected completion and progress as printed", () => {
    expect(objectiveCoded(parsed, "SO-01")).toMatchObject({ expectedCompletion: "Apr 2027", progress: "Action" });
    expect(objectiveCoded(parsed, "SO-12")).toMatchObject({ expectedCompletion: "Mar 2026", progress: "Review" });
    expect(objectiveCoded(parsed, "SO-25")).toMatchObject({ expectedCompletion: "April 2027", progress: "Good" });
  });
});

describe("page breaks in the Q2 2025-26 report", () => {
  it("continues a title across a page (empty code cell)", () => {
    expect(objectiveCoded(parsed, "SO-04").title).toBe(
      "Support people to live their best lives independently at home, connected to the community and local resources, stepping in with more help where needed",
    );
    expect(objectiveCoded(parsed, "SO-24").title).toBe(
      "Transform the Council's property portfolio, so that it is affordable, sustainable and consists of only those assets required to deliver council priorities",
    );
  });

  it("continues commentary across a page with a space mid-sentence", () => {
    expect(objectiveCoded(parsed, "SO-02").commentary).toContain(
      "developed as part of the SEND recovery plan. Locum Educational Psychologists are now in place",
    );
    expect(objectiveCoded(parsed, "SO-12").commentary).toContain(
      "has a professional services partner on board to help support",
    );
    expect(objectiveCoded(parsed, "SO-04").commentary).toContain(
      "Following our engagement with Partners in Care and Health we have started",
    );
  });

  it("continues a measure name and its benchmark group across a page", () => {
    const careHomes = measureNamed(parsed, "SO-03", "Percentage of care homes (18-64+)");
    expect(careHomes.name).toBe("Percentage of care homes (18-64+) across Derbyshire outstanding or good");
    expect(careHomes.benchmarkGroup).toBe("Cipfa Nearest Neighbours August 2025");
    expect(measureNamed(parsed, "SO-12", "Percentage of Highway Inspector (HIN) defects with a 28 day").name).toBe(
      "Percentage of Highway Inspector (HIN) defects with a 28 day response target remedied within target (Data shows the position at the end of the quarter)",
    );
  });

  it("continues a benchmark group alone on the next page", () => {
    expect(
      measureNamed(parsed, "SO-15", "Percentage of pupils achieving the expected standard in Phonics").benchmarkGroup,
    ).toBe("Benchmark is all England annual data 2025");
  });

  it("does not take a repeated header row for a record", () => {
    expect(parsed.measures.some((measure) => measure.name === "Measure")).toBe(false);
    expect(parsed.objectives.some((objective) => objective.title === "Strategic Objective")).toBe(false);
  });
});

describe("footnotes in the Q2 2025-26 report", () => {
  it("strips markers from values and resolves them into the measure's notes", () => {
    const potholes = measureNamed(parsed, "SO-12", "Number of potholes repaired");
    expect(potholes.values.map((value) => [value.value, value.markers])).toEqual([
      ["", []],
      ["14,846", ["b"]],
      ["28,024", ["b"]],
    ]);
    expect(potholes.notes).toEqual([
      {
        marker: "b",
        text: "Due to ongoing data cleansing, this data may change and should be treated as an approximation only.",
        line: 206,
      },
    ]);
  });

  it("flags the malformed £14.m and keeps it with its footnote", () => {
    const grant = measureNamed(parsed, "SO-11", "Total grant funding secured from EMCCA");
    expect(grant.values[1]).toEqual({
      period: "Quarter 1 2025-26 YTD",
      value: "£14.m",
      number: null,
      unit: null,
      malformed: true,
      markers: ["a"],
    });
    expect(grant.notes).toEqual([
      {
        marker: "a",
        text: "Previous data showed funding for Place department only and has been revised to include all EMCCA funding for Derbyshire County Council.",
        line: 204,
      },
    ]);
  });

  it("gives footnote (c) to each of the three measures carrying it, and to no other", () => {
    const withC = parsed.measures.filter((measure) => measure.notes.some((note) => note.marker === "c"));
    expect(withC.map((measure) => measure.name.slice(0, 60))).toEqual([
      "Percentage of Highway Inspector (HIN) defects with a 32 hour",
      "Percentage of Highway Inspector (HIN) defects with a 9 day r",
      "Percentage of Highway Inspector (HIN) defects with a 28 day ",
    ]);
    expect(withC[0]?.notes[0]?.text).toMatch(/^Previous data showed the percentage for the year to date/);
  });
});
