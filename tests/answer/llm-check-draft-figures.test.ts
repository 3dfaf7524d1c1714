import { describe, expect, it } from "vitest";
import type { Fact, MeasureFact } from "../../src/answer/answer.js";
import { checkDraftFigures } from "../../src/answer/llm/check-draft-figures.js";

const q2 = { report: "2025-26-q2", reportTitle: "Performance Report Quarter 2 2025 to 2026" } as const;
const yearEnd = { report: "2024-25-year-end", reportTitle: "Performance Report 2024-25 Year End" } as const;

function measure(
  fields: Partial<MeasureFact> & Pick<MeasureFact, "objective" | "measure" | "period" | "value">,
): MeasureFact {
  return {
    type: "measure",
    ...q2,
    measureId: `x/${fields.measure}`,
    target: null,
    targetPeriod: null,
    rating: null,
    benchmark: null,
    benchmarkGroup: null,
    ...fields,
  };
}

// Real rows of both reports, as the executor would hand them over.
const facts: Fact[] = [
  measure({
    objective: "SO-12",
    measure: "Number of potholes repaired",
    period: "Quarter 2 2025-26 YTD",
    value: "28,024",
  }),
  measure({
    objective: "SO-12",
    measure: "Number of potholes repaired",
    period: "Quarter 1 2025-26 YTD",
    value: "14,846",
  }),
  measure({
    objective: "SO-12",
    measure:
      "Percentage of Highway Inspector (HIN) defects with a 28 day response target remedied within target (Data shows the position at the end of the quarter)",
    period: "Quarter 2 2025-26 YTD",
    value: "53%",
    target: "80.0%",
    targetPeriod: "Performance Target at Q2",
    rating: "Action",
  }),
  measure({
    objective: "SO-11",
    measure: "Total grant funding secured from EMCCA to support growth in Derbyshire",
    period: "Quarter 2 2025-26 YTD",
    value: "£39m",
    target: "n/a",
  }),
  measure({
    objective: "SO-11",
    measure: "Total grant funding secured from EMCCA to support growth in Derbyshire",
    period: "Quarter 1 2025-26 YTD",
    value: "£14.m",
  }),
  measure({
    objective: "SO-11",
    measure: "Total number of bus passengers carried on county supported bus services",
    period: "Quarter 2 2025-26 YTD",
    value: "1,511,867",
    target: "1,300,000",
    rating: "Strong",
  }),
  measure({
    objective: "SO-24",
    measure: "Amount of money raised from the disposal of land and buildings",
    period: "Quarter 2 2025-26 YTD",
    value: "£15,760,500",
    target: "£6,000,000",
    rating: "Strong",
  }),
  measure({
    objective: "SO-21",
    measure: "Sickness Hours as a % of Working Hours Available",
    period: "Quarter 2 2025-26 YTD",
    value: "4.60%",
    target: "4.70%",
    rating: "Good",
  }),
  measure({
    objective: "SO-15",
    measure:
      "Percentage of Initial Child Protection Conferences held within 15 working days of a Section 47 enquiry (rolling 12 months)",
    period: "Quarter 2 2025-26 YTD",
    value: "79.8%",
    target: "81.5%",
    rating: "Review",
    benchmark: "79.7%",
    benchmarkGroup: "England Average 2023-24",
  }),
  measure({
    ...yearEnd,
    objective: "Overarching Measure",
    measure: "Percentage of residents agreeing that the Council Provides value for money",
    period: "2024-25",
    value: "22.0%",
    benchmark: "36.0%",
    benchmarkGroup: "LGA Survey",
  }),
  measure({
    ...yearEnd,
    objective: "SO-05",
    measure: "Number of new people accessing support through a Direct Payment has increased",
    period: "2024-25",
    value: "794",
    target: "973",
  }),
  {
    type: "objective",
    ...q2,
    code: "SO-12",
    title:
      "Deliver a safe, effective, efficient and innovative highways service including the completion of the full transformation of the Highways Service itself",
    progress: "Review",
    expectedCompletion: "Mar 2026",
  },
  {
    type: "derived",
    derived: { op: "difference", from: ["28,024", "14,846"] },
    value: "13,178",
    description: "potholes repaired in Quarter 2 alone (28,024 − 14,846)",
  },
  {
    type: "derived",
    derived: { op: "difference", from: ["30.3%", "22.0%"] },
    value: "8.3",
    description: "a decrease from 2022-23 to 2024-25",
  },
];

const passages = [
  {
    report: "2025-26-q2",
    objective: "SO-12",
    text: "83% of defects were remedied within the target timescale of 28 days, whilst below the 80% target, this is a considerable increase from just 17.7% in June 2025.",
  },
  {
    report: "2025-26-q2",
    objective: "SO-20",
    text: "The 2025-26 Revenue Budget includes savings targets totalling £37.499m. As at the end of Quarter 2, total savings forecast to be delivered is £34.912m, or 93.1% of target.",
  },
  {
    report: "2025-26-q2",
    objective: null,
    text: "This has avoided costs of approximately £80,000 over six months. The D2N2 Foster for East Midlands partnership has 30 fostering assessments underway.",
  },
];

const evidence = { facts, passages };
const check = (draft: string) => checkDraftFigures(draft, evidence);

describe("checkDraftFigures", () => {
  it("accepts a faithful draft that gives figures exactly as printed, with their periods and sources", () => {
    const draft =
      "28,024 potholes were repaired by Quarter 2 2025-26 (YTD), up from 14,846 at Quarter 1, so 13,178 in Quarter 2 alone (Performance Report Quarter 2 2025 to 2026, SO-12). " +
      "53% of 28 day defects were remedied within target against a target of 80.0% (rated Action), though the commentary gives 83%, up from 17.7% in June 2025. " +
      "The highways objective is rated Review, expected completion Mar 2026.";
    expect(check(draft)).toEqual({ supported: true, unsupported: [] });
  });

  it("rejects an invented figure and names it", () => {
    expect(check("30,000 potholes were repaired by Quarter 2 2025-26 (SO-12).")).toEqual({
      supported: false,
      unsupported: ["30,000"],
    });
  });

  it("rejects a rounded figure: the draft must give it as printed", () => {
    expect(check("The council raised £15.8m from land and buildings (SO-24).")).toEqual({
      supported: false,
      unsupported: ["£15.8m"],
    });
    expect(check("Bus services carried 1.5 million passengers (SO-11).")).toEqual({
      supported: false,
      unsupported: ["1.5 million"],
    });
  });

  it("treats thousands separators, trailing zeros and scale words as the same figure", () => {
    expect(
      check("Value for money: 22%, against a benchmark of 36%. Sickness was 4.6% against 4.7%. Target 80%.").supported,
    ).toBe(true);
    expect(check("EMCCA grant funding reached £39 million (£39,000,000) by Quarter 2.").supported).toBe(true);
    expect(check("Bus passengers: 1511867 against a target of 1,300,000; land sales £6m target.").supported).toBe(true);
    expect(check("Costs avoided were about £80k.").supported).toBe(true);
  });

  it("keeps a malformed printed value matching only itself", () => {
    expect(check("Quarter 1 EMCCA funding was printed as £14.m.").supported).toBe(true);
    expect(check("Quarter 1 EMCCA funding was £14m.")).toEqual({ supported: false, unsupported: ["£14m"] });
  });

  it("matches a percentage only with a percentage", () => {
    expect(check("53 potholes were repaired.")).toEqual({ supported: false, unsupported: ["53"] });
    expect(check("794% of new people used Direct Payments.")).toEqual({ supported: false, unsupported: ["794%"] });
    expect(check("The gap was 93.1 per cent, or 93.1 percentage points.").supported).toBe(true);
  });

  it("reads a derived fact's bare number as either a number or percentage points", () => {
    expect(
      check("Agreement that the council gives value for money fell by 8.3 percentage points, to 22.0%.").supported,
    ).toBe(true);
    expect(check("It fell by 8.3 over the period.").supported).toBe(true);
  });

  it("lets a bare number match a sum of money, because prose drops the pound sign", () => {
    expect(check("Savings forecast to be delivered are 34.912m against targets of 37.499m.").supported).toBe(true);
  });

  it("finds figures in passages as well as in table facts, including ones the table contradicts", () => {
    expect(check("The commentary says 83% of defects were remedied; the table shows 53%.").supported).toBe(true);
    expect(check("The 2024-25 report shows 794 new people using Direct Payments; the commentary says 937.")).toEqual({
      supported: false,
      unsupported: ["937"],
    });
  });

  it("accepts figures that sit in measure names and benchmark groups", () => {
    expect(
      check(
        "Initial Child Protection Conferences held within 15 working days: 79.8% (target 81.5%, England Average 79.7%).",
      ).supported,
    ).toBe(true);
  });

  it("ignores numbers that name things: SO codes, financial years, quarters, report titles, dates and years", () => {
    const draft =
      "From the Performance Report Quarter 2 2025 to 2026 (SO-12, SO-24; Q2, Quarter 1 2025-26, 2024/25, 2023- 24, 2024-25 year end): as of 30 September 2025, and since Mar-25, on 1st April.";
    expect(checkDraftFigures(draft, { facts: [], passages: [] })).toEqual({ supported: true, unsupported: [] });
  });

  it("checks small counts like any other figure", () => {
    expect(check("There are 30 fostering assessments underway.").supported).toBe(true);
    expect(check("There are 31 fostering assessments underway.")).toEqual({ supported: false, unsupported: ["31"] });
    // Only a capitalised month makes a day of the month: "19 may" is a count.
    expect(check("19 may be affected.")).toEqual({ supported: false, unsupported: ["19"] });
  });

  it("does not read digits inside a word or code as figures", () => {
    // With no evidence at all, any figure read would be unsupported.
    expect(
      checkDraftFigures("The D2N2 partnership, the HIN2 team and the A6 junction.", { facts: [], passages: [] }),
    ).toEqual({ supported: true, unsupported: [] });
  });

  it("ignores list markers at the start of a line", () => {
    expect(check("1. 28,024 potholes repaired.\n2) 53% of 28 day defects remedied.").supported).toBe(true);
  });

  it("lists each unsupported figure once, in the order the draft gives them", () => {
    expect(
      check("£41m was secured, then £41m again, and 99.9% of defects were remedied, with 12,000 potholes."),
    ).toEqual({
      supported: false,
      unsupported: ["£41m", "99.9%", "12,000"],
    });
  });

  it("accepts a draft with no figures", () => {
    expect(checkDraftFigures("Library visits are not in the reports.", { facts: [], passages: [] })).toEqual({
      supported: true,
      unsupported: [],
    });
  });
});
