import { describe, expect, it } from "vitest";
import {
  measureNamed,
  objectiveCoded,
  parsedReport,
  progressCounts,
  tableKindCounts,
  valueAt,
  yearEndFile,
} from "./parsed-reports.js";

const parsed = parsedReport(yearEndFile);

describe("parseReport on the 2024-25 year-end report", () => {
  it('reads the period from the title, not from the stray "Quarter 3 Progress" headings', () => {
    expect(parsed.report).toMatchObject({
      id: "2024-25-year-end",
      title: "Performance Report 2024-25 Year End",
      financialYear: "2024-25",
      quarter: null,
      periodKind: "year-end",
      periodLabel: "2024-25 year end",
      periodEnd: "2025-03-31",
      planName: "2024-25 Council Plan",
    });
  });

  it("names each outcome as its headings do", () => {
    expect(parsed.report?.outcomes.map((outcome) => [outcome.number, outcome.name])).toEqual([
      [1, "Resilient, thriving, and green communities"],
      [2, "Happy, safe, and healthy people"],
      [3, "A strong, diverse, and clean economy"],
      [4, "Great places to live, work and visit"],
      [5, "High quality public services"],
    ]);
    expect(parsed.report?.outcomes[1]?.description).toBe(
      "Happy, safe, and healthy people with solid networks of support, who feel in control of their personal circumstances and aspirations",
    );
  });

  it("reads the stated counts and the achievements under their outcome", () => {
    expect(parsed.report?.statedCounts).toMatchObject({ total: 33, complete: 9, good: 14, review: 10, action: null });
    expect(parsed.report?.achievements.map((achievement) => achievement.outcome)).toEqual([
      "Resilient, thriving, and green communities",
      "Resilient, thriving, and green communities",
      "Happy, safe, and healthy people",
      "Happy, safe, and healthy people",
      "Happy, safe, and healthy people",
      "High quality public services",
      "High quality public services",
      "High quality public services",
    ]);
    expect(parsed.report?.achievements[6]?.text).toBe(
      "Achieved over £29.5m in budget savings, whilst responding to increased demand particularly in adult and children’s social care.",
    );
  });

  it("finds 33 objectives and 39 measures", () => {
    expect(parsed.objectives).toHaveLength(33);
    expect(parsed.measures).toHaveLength(39);
  });

  it("counts the progress ratings: 9 Complete, 8 Good, 10 Review, 6 blank (never guessed)", () => {
    expect(progressCounts(parsed)).toEqual({ Complete: 9, Good: 8, Review: 10, null: 6 });
    expect(
      parsed.objectives.filter((objective) => objective.progress === null).map((objective) => objective.code),
    ).toEqual(["SO-13", "SO-15", "SO-17", "SO-23", "SO-29", "SO-31"]);
  });

  it("warns that the prose's good-progress count disagrees with the tables", () => {
    expect(parsed.diagnostics).toEqual([
      {
        severity: "warning",
        file: yearEndFile,
        line: 49,
        message:
          "the report's prose says 14 are showing good progress, but its tables rate 8 as Good (6 progress cells are blank)",
      },
    ]);
  });

  it("counts measures per table kind", () => {
    expect(tableKindCounts(parsed)).toEqual({
      "previous-quarter": 4,
      awaiting: 2,
      latest: 26,
      annual: 3,
      overarching: 4,
    });
  });
});

describe("exact values of the 2024-25 year-end report", () => {
  const cases: [string, string, (measure: ReturnType<typeof measureNamed>) => unknown, unknown][] = [
    [
      "SO-03",
      "Percentage of people supported by Health and Wellbeing coaches",
      (m) => [m.table, valueAt(m, "Year End 2024-2025"), m.target?.value, m.rating, m.frequency],
      ["previous-quarter", "73.00%", "60.00%", "Strong", "Quarterly"],
    ],
    [
      "SO-04",
      "Percentage reduction in CO2e",
      (m) => [m.table, m.values.map((value) => [value.period, value.value])],
      [
        "awaiting",
        [
          ["2022-2023 Year End", "70.9%"],
          ["2023-2024 Year End", "73.0%"],
        ],
      ],
    ],
    [
      "SO-04",
      "Percentage reduction in CO2e",
      (m) => [m.target, m.benchmark, m.benchmarkGroup, m.frequency],
      [
        { period: "2024-2025 Target", value: "78.8%", number: 78.8, unit: "percent", malformed: false },
        null,
        "Local Measure",
        "Annual",
      ],
    ],
    [
      "SO-05",
      "Number of new people accessing support through a Direct Payment",
      (m) => [valueAt(m, "Year End 2024-25"), m.target?.value, m.rating],
      ["794", "973", null],
    ],
    [
      "SO-05",
      "Percentage of people following a safeguarding",
      (m) => [valueAt(m, "Year End 2023-24"), valueAt(m, "Year End 2024-25"), m.target?.value, m.rating],
      ["42%", "49%", "70%", "Action"],
    ],
    [
      "SO-09",
      "Number of individuals completing a Health and Wellbeing MOT",
      (m) => [valueAt(m, "Year End 2022-23"), valueAt(m, "Year End 2024-25"), m.target?.number],
      ["", "9,792", 9000],
    ],
    [
      "SO-10",
      "Number of children (under 18) in care",
      (m) => [valueAt(m, "Year End 2024-25"), m.benchmark?.value, m.benchmarkGroup, m.frequency],
      ["1,025", "1,065", "All English Counties", "Monthly"],
    ],
    [
      "SO-11",
      "The number of children returning home",
      (m) => [valueAt(m, "Year End 2024-25"), m.target?.value, m.rating],
      ["62", "68", "Review"],
    ],
    [
      "SO-12",
      "Number of children living with Council foster carers",
      (m) => [valueAt(m, "Year End 2024-25"), m.target?.period, m.rating, m.latestDataAsAt],
      ["343", "Target for quarter (YTD)", "Good", null],
    ],
    [
      "SO-08",
      "Percentage of New Birth visits",
      (m) => m.values.map((value) => [value.period, value.value]),
      [
        ["Same quarter 2022-23 (YTD)", ""],
        ["Same quarter 2023-24 (YTD)", "98%"],
        ["Latest data (YTD)", "98%"],
      ],
    ],
    [
      "SO-09",
      "Number of people achieving a 4 week Quit",
      (m) => [valueAt(m, "Latest data (YTD)"), m.rating],
      ["1,447", "Strong"],
    ],
    [
      "SO-13",
      "Number of start-up businesses supported",
      (m) => [valueAt(m, "Year End 2024-2025"), m.benchmarkGroup],
      ["247", "Not comparable"],
    ],
    [
      "SO-15",
      "Total number of EV charging points",
      (m) => [valueAt(m, "Year End 2024-2025"), m.target?.value, m.rating],
      ["441", "650", "Action"],
    ],
    [
      "SO-18",
      "Total Number of Highway Inspector defects reported - Q4 only",
      (m) => valueAt(m, "Year End 2024-2025"),
      "6,125",
    ],
    [
      "SO-19",
      "Number of carers accessing support services",
      (m) => [valueAt(m, "Year End 2024-2025"), m.rating],
      ["7,622", "Strong"],
    ],
    [
      "SO-20",
      "Proportion of all new Education Health and Care plans issued within 20 weeks (excluding",
      (m) => [valueAt(m, "Year End 2024-2025"), m.target?.value, m.benchmark?.value, m.benchmarkGroup],
      ["24.4%", "50.3%", "50.3%", "All England Average for 2003 calendar year"],
    ],
    [
      "SO-18",
      "Percentage of Principal roads",
      (m) => [m.table, valueAt(m, "2024-2025 Year End"), m.target, m.rating, m.frequency],
      [
        "annual",
        "29.0%",
        { period: "Target for 2024-2025", value: "13.0%", number: 13, unit: "percent", malformed: false },
        "Action",
        "End of Q3",
      ],
    ],
    [
      "SO-18",
      "Number of people killed or seriously injured",
      (m) => [m.table, m.values.map((value) => value.value), m.target, m.frequency],
      ["awaiting", ["371", "397", ""], null, "Calendar year end"],
    ],
    [
      "SO-23",
      "Percentage of care homes (18-64+)",
      (m) => [valueAt(m, "Year End 2024-2025 (YTD)"), m.benchmarkGroup],
      ["86.00%", "Cipfa Nearest Neighbours"],
    ],
    [
      "SO-29",
      "Amount of money raised",
      (m) => [valueAt(m, "Year End 2024-2025 (YTD)"), m.target?.value, m.rating],
      ["£13,017,908", "£6,000,000", "Strong"],
    ],
    [
      "Overarching Measure",
      "Projected achievement of in-year budget savings",
      (m) => [m.table, m.outcome, valueAt(m, "Year End 2024-2025"), m.target, m.rating],
      [
        "overarching",
        "Overarching Measures",
        "29.520",
        {
          period: "Target for Year end 2024-2025 (YTD)",
          value: "31.940",
          number: 31.94,
          unit: "number",
          malformed: false,
        },
        "Review",
      ],
    ],
    [
      "Overarching Measure",
      "Percentage of residents agreeing that the Council Provides value for money",
      (m) => [valueAt(m, "2024-2025"), m.benchmark?.value, m.benchmarkGroup, m.frequency],
      ["22.0%", "36.0%", "LGA Survey", "Ad Hoc Consultation"],
    ],
  ];
  it.each(cases)("%s %s", (objective, name, read, expected) => {
    expect(read(measureNamed(parsed, objective, name))).toEqual(expected);
  });

  it('normalises a rating\'s case ("strong" → "Strong")', () => {
    expect(measureNamed(parsed, "SO-19", "Number of carers accessing support services").rating).toBe("Strong");
  });

  it("keeps expected completion as printed", () => {
    expect(objectiveCoded(parsed, "SO-12").expectedCompletion).toBe("Jan-25");
    expect(objectiveCoded(parsed, "SO-16").expectedCompletion).toBe("Jul-25");
  });
});

describe("page breaks in the 2024-25 year-end report", () => {
  it("moves the lower-case tail at the start of SO-04's cell back to SO-03", () => {
    expect(objectiveCoded(parsed, "SO-03").commentary).toMatch(
      /The Council continues to lead support for the resettlement of refugees in Derbyshire under the Afghan Resettlement Schemes, UK Resettlement Scheme and the Home for Ukraine Scheme\. .* Good governance is in place across all 8 localities to distribute funding\.$/,
    );
    expect(objectiveCoded(parsed, "SO-04").commentary).toMatch(
      /^The Health and Wellbeing Board continues to implement/,
    );
    expect(objectiveCoded(parsed, "SO-04").commentary).not.toContain("Afghan");
  });

  it("moves the lower-case tail at the start of SO-28's cell back to SO-27", () => {
    expect(objectiveCoded(parsed, "SO-27").commentary).toMatch(
      /An options paper for the commercialisation of the Catering Service has been put forward which is now moving to further financial analysis\.$/,
    );
    expect(objectiveCoded(parsed, "SO-28").commentary).toMatch(
      /^The work has progressed during 2024\/25 in line with expectations/,
    );
  });

  it("continues commentary across a page, keeping paragraphs and joining mid-sentence breaks", () => {
    const so09 = objectiveCoded(parsed, "SO-09");
    expect(so09.commentary).toContain(
      "tobacco dependency treatment, enforcement and prevention now established. Funding has been secured",
    );
    expect(so09.commentary.split("\n\n")).toHaveLength(2);
    expect(objectiveCoded(parsed, "SO-04").commentary).toContain(
      "presented to Cabinet in September 2025 for consideration /approval.",
    );
    expect(objectiveCoded(parsed, "SO-17").commentary.split("\n\n")[1]).toBe(
      "Timescales regarding work on the transfer of the Transport function are challenging but there is a Project Control Board in place driving the Council's activity.",
    );
    expect(objectiveCoded(parsed, "SO-17").commentary).toContain(
      "all aspects of East Midlands Combined County Authority (EMCCA) including",
    );
  });

  it("continues titles across a page", () => {
    expect(objectiveCoded(parsed, "SO-06").title).toBe(
      "Help people recover and regain stability, independence and control following a personal crisis or illness",
    );
    expect(objectiveCoded(parsed, "SO-14").title).toBe(
      "Drive preparation, facilitation and delivery of regeneration programme for Derbyshire sites and infrastructure proposals to support regeneration and renewal",
    );
  });

  it("strips the HTML from commentary into clean paragraphs", () => {
    const so01 = objectiveCoded(parsed, "SO-01");
    expect(so01.commentary).not.toMatch(/<\/?p>/);
    expect(so01.commentary.split("\n\n")).toHaveLength(6);
    expect(so01.commentary.split("\n\n")[5]).toBe(
      "The Disability Employer Partnership Forum has built partnerships with a variety of employers across a range of sectors.",
    );
  });

  it("splits the two measure names merged by the extraction (SO-20)", () => {
    const so20 = parsed.measures.filter((measure) => measure.objective === "SO-20");
    expect(so20.map((measure) => [measure.name, measure.values.map((value) => value.value)])).toEqual([
      [
        "Proportion of all new Education Health and Care plans issued within 20 weeks (including exceptions) financial year, year to date",
        ["13.4%", "21.7%", "22.3%"],
      ],
      [
        "Proportion of all new Education Health and Care plans issued within 20 weeks (excluding exceptions) financial year, year to date",
        ["14.5%", "18.6%", "24.4%"],
      ],
    ]);
  });

  it("finishes the last measure name with the tab-less lines after the table", () => {
    expect(
      measureNamed(parsed, "Overarching Measure", "Percentage of residents agreeing that they feel informed").name,
    ).toBe("Percentage of residents agreeing that they feel informed about Council decisions");
  });

  it("drops the table-rule debris and reads the rows around a blank row", () => {
    const annual = parsed.measures.filter((measure) => measure.table === "annual");
    expect(annual.map((measure) => measure.name)).toEqual([
      "Percentage of Non-principal classified roads where maintenance should be considered based on AEI survey",
      "Percentage of Principal roads where maintenance should be considered based on AEI survey",
      "Percentage of Unclassified road network where maintenance should be considered – AEI survey",
    ]);
    expect(parsed.measures.some((measure) => /^-+$/.test(measure.name) || measure.objective.startsWith("-"))).toBe(
      false,
    );
  });

  it("continues measure names across a page", () => {
    expect(measureNamed(parsed, "SO-06", "Number of older people").name).toBe(
      "Number of older people and disabled people able to access short term assistance to regain or increase independence",
    );
    expect(measureNamed(parsed, "SO-11", "The number of children being supported").name).toBe(
      "The number of children being supported to remain at home rather than being admitted to care (cumulative over financial year)",
    );
  });
});

describe("notes under the 2024-25 year-end tables", () => {
  it("gives the Highway Inspector paragraphs to the defect measures only", () => {
    const noted = parsed.measures.filter((measure) =>
      measure.notes.some((note) => note.text.startsWith("Highway Inspector defects include")),
    );
    expect(noted.map((measure) => measure.name)).toEqual([
      "Total number of Highway Inspector defects reported that were completed within target time - Q4 only",
      "Total number of Highway Inspector defects reported that were completed - Q4 only",
      "Total Number of Highway Inspector defects reported - Q4 only",
    ]);
    expect(noted[0]?.notes.map((note) => [note.marker, note.line])).toEqual([
      [null, 205],
      [null, 207],
    ]);
  });

  it("gives the road casualty paragraph to the KSI measure", () => {
    expect(measureNamed(parsed, "SO-18", "Number of people killed").notes).toEqual([
      {
        marker: null,
        text: "Derbyshire County Council are reliant on Derbyshire Police to provide road casualty data with confirmed data not available until later in the year. However, it can be noted that during Q4 2024-25 (January - March 2025) no fatal casualties have been reported within the councils area.",
        line: 223,
      },
    ]);
  });

  it("joins a note paragraph broken across a page and gives it to the savings measure", () => {
    const savings = measureNamed(parsed, "Overarching Measure", "Projected achievement of in-year budget savings");
    expect(savings.notes[0]).toEqual({
      marker: null,
      text: "£29.5m of identified savings were achieved against the target of £31.94m by the end of the year, this was made up of £14.32m from Adult Social Care and Health, £9.66m from Children's Services, £4.05m from Corporate Services and Transformation and £1.5m from Place. The remaining £2.25m of savings and the actions required to achieve these have been carried forwards into 2025/26.",
      line: 282,
    });
    expect(savings.notes.some((note) => note.text.startsWith("The methodology for the Your Council Your Voice"))).toBe(
      false,
    );
  });

  it("gives the survey methodology paragraph to the three residents' survey measures", () => {
    const noted = parsed.measures.filter((measure) =>
      measure.notes.some((note) => note.text.startsWith("The methodology for the Your Council Your Voice")),
    );
    expect(noted.map((measure) => measure.name.slice(0, 40))).toEqual([
      "Percentage of residents agreeing that th",
      "Percentage of residents who are satisfie",
      "Percentage of residents agreeing that th",
    ]);
  });

  it("gives measures of other tables no notes", () => {
    expect(measureNamed(parsed, "SO-19", "Number of carers").notes).toEqual([]);
    expect(
      measureNamed(
        parsed,
        "SO-20",
        "Proportion of all new Education Health and Care plans issued within 20 weeks (including",
      ).notes,
    ).toEqual([]);
  });
});
