import { describe, expect, it } from "vitest";
import { detectIntent } from "../../src/answer/plan/detect-intent.js";
import { parsePeriodKey, periodMatch } from "../../src/answer/period/period-key.js";
import { questionPeriod } from "../../src/answer/period/question-period.js";
import { ratingFilters } from "../../src/answer/plan/rating-filters.js";
import { statedFigures } from "../../src/answer/corpus/stated-figures.js";
import { sameWord, topicTerms } from "../../src/answer/corpus/topic-terms.js";

const years = { current: "2025-26", previous: "2024-25" };

describe("questionPeriod", () => {
  it.each([
    ["How many in Q1 2025-26?", { financialYear: "2025-26", quarter: 1, yearEnd: false }],
    ["during Quarter 2 2025/26", { financialYear: "2025-26", quarter: 2, yearEnd: false }],
    ["at the end of 2024-25", { financialYear: "2024-25", quarter: null, yearEnd: true }],
    ["in 2024-2025", { financialYear: "2024-25", quarter: null, yearEnd: false }],
    ["this year", { financialYear: "2025-26", quarter: null, yearEnd: false }],
    ["last year", { financialYear: "2024-25", quarter: null, yearEnd: false }],
  ] as const)("reads %s", (text, expected) => {
    expect(questionPeriod(text, years)).toMatchObject(expected);
  });

  it("marks a range that starts somewhere", () => {
    expect(questionPeriod("How has it changed since 2022-23?", years)).toMatchObject({
      financialYear: "2022-23",
      since: true,
    });
  });

  it("finds no period in a question without one", () => {
    expect(questionPeriod("How many potholes have been repaired?", years)).toBeNull();
  });
});

describe("period keys of printed column headers", () => {
  it.each([
    ["Quarter 2 2025-26 YTD", { financialYear: "2025-26", quarter: 2, yearEnd: false }],
    ["2023- 24", { financialYear: "2023-24", quarter: null, yearEnd: false }],
    ["Year End 2024-2025 (YTD)", { financialYear: "2024-25", quarter: null, yearEnd: true }],
    ["2022-2023 Year End", { financialYear: "2022-23", quarter: null, yearEnd: true }],
  ] as const)("reads %s", (header, expected) => {
    expect(parsePeriodKey(header)).toEqual(expected);
  });

  it("takes a year end as the fourth quarter and a plain year as the whole year", () => {
    expect(
      periodMatch({ financialYear: "2024-25", quarter: 4, yearEnd: false }, parsePeriodKey("Year End 2024-25")),
    ).toBe(2);
    expect(
      periodMatch({ financialYear: "2024-25", quarter: null, yearEnd: false }, parsePeriodKey("Year End 2024-25")),
    ).toBe(2);
    expect(
      periodMatch({ financialYear: "2024-25", quarter: null, yearEnd: false }, parsePeriodKey("Quarter 2 2024-25 YTD")),
    ).toBe(1);
    expect(
      periodMatch({ financialYear: "2025-26", quarter: 3, yearEnd: false }, parsePeriodKey("Quarter 2 2025-26 YTD")),
    ).toBe(0);
  });
});

describe("detectIntent and ratingFilters", () => {
  it.each([
    ["Which objectives are rated Action?", "list"],
    ["How many objectives require review?", "count"],
    ["Why is SO-02 rated Action?", "explain"],
    ["Draft a briefing line on recycling for a member question.", "draft"],
    ["How has sickness changed since 2022-23?", "trend"],
    ["How are we doing on EHCP timeliness?", "summary"],
    ["How many potholes have been repaired?", "figure"],
    ["high quality public services objectives that ended amber?", "list"],
    ["measures that are still red in q2", "list"],
    ["reds and ambers for the council", "list"],
    ["how come recycling is down", "explain"],
    ["public services objectives rated review", "list"],
    ["why are objectives rated red", "explain"],
    // A yes or no about something being done asks what the reports say of it; one about a figure, a target or a
    // rating does not.
    ["are we looking at commercialising school catering?", "summary"],
    ["can staff get electric cars through salary sacrifice now?", "summary"],
    ["short breaks centre - has it reopened?", "summary"],
    ["is there a plan for libraries", "summary"],
    ["are we hitting the target for potholes", "figure"],
    ["do we have a target for recycling", "figure"],
    ["did we get more carers this year", "figure"],
    ["is it red?", "figure"],
  ] as const)("%s is a %s question", (question, intent) => {
    expect(detectIntent(question)).toBe(intent);
  });

  it("reads rating words said of a rating, colours included, and not a figure's own words", () => {
    expect(ratingFilters("Which objectives are red or amber?")).toEqual(["Action", "Review"]);
    expect(ratingFilters("Which objectives have been completed?")).toEqual(["Complete"]);
    expect(ratingFilters("Which objectives have no progress rating?")).toEqual(["Blank"]);
    expect(ratingFilters("What percentage of care homes are rated outstanding or good?")).toEqual([]);
    expect(ratingFilters("objectives that ended the year red")).toEqual(["Action"]);
    expect(ratingFilters("which measures are still amber")).toEqual(["Review"]);
    expect(ratingFilters("what are the reds")).toEqual(["Action"]);
    expect(ratingFilters("reds and ambers")).toEqual(["Action", "Review"]);
    expect(ratingFilters("which measures missed target at year end")).toEqual(["Review", "Action"]);
    expect(ratingFilters("which measures did not meet their target")).toEqual(["Review", "Action"]);
  });
});

describe("words and figures", () => {
  it("folds plurals, thousands separators and 10k, and drops question words", () => {
    expect(topicTerms("How many kids are in care per 10,000 children?")).toEqual(["kid", "care", "10000", "children"]);
    expect(topicTerms("Rate of Children (under 18) in care per 10k")).toEqual(["children", "18", "care", "10000"]);
  });

  it("treats forms of one word as the same word, not words that only start alike", () => {
    expect(sameWord("disposing", "disposal")).toBe(true);
    expect(sameWord("care", "cared")).toBe(true);
    expect(sameWord("child", "children")).toBe(true);
    expect(sameWord("saved", "savings")).toBe(true);
    expect(sameWord("care", "carers")).toBe(false);
    // Words that part on an ending no word takes are two words.
    expect(sameWord("shortage", "shortly")).toBe(false);
    expect(sameWord("resident", "residential")).toBe(false);
    expect(sameWord("recycling", "recycled")).toBe(true);
    expect(sameWord("land", "landfill")).toBe(false);
    expect(sameWord("highway", "higher")).toBe(false);
    expect(sameWord("bus", "business")).toBe(false);
  });

  it("reads the figures prose states, leaving out timescales, years and codes", () => {
    const figures = statedFigures(
      "As at September 2025, 89.1% of defects were remedied within the target timescale of 32 hours. In SO-12 £15.7m was raised and 937 new people joined in 2024.",
    );
    expect(figures.map((figure) => [figure.text, figure.unit, figure.number])).toEqual([
      ["89.1%", "percent", 89.1],
      ["£15.7m", "pounds", 15_700_000],
      ["937", "count", 937],
    ]);
    expect(figures[1]?.precision).toBe(100_000);
  });
});

describe("questionPeriod, the year before the quarter", () => {
  it("reads '2025-26 Q1' as the first quarter of 2025-26", () => {
    expect(questionPeriod("How many potholes were repaired in 2025-26 Q1?", years)).toMatchObject({
      financialYear: "2025-26",
      quarter: 1,
    });
  });
});

describe("questionPeriod, months and spans", () => {
  it("reads a month as the financial-year quarter it ends", () => {
    expect(questionPeriod("What was the sickness rate in March 2025?", years)).toMatchObject({
      financialYear: "2024-25",
      quarter: 4,
      yearEnd: true,
    });
    expect(questionPeriod("at the end of September 2025", years)).toMatchObject({
      financialYear: "2025-26",
      quarter: 2,
    });
  });

  it("reads 'year end 2025-26' as a year end and a plan's span as no year", () => {
    expect(questionPeriod("What was it at year end 2025-26?", years)).toMatchObject({
      financialYear: "2025-26",
      yearEnd: true,
    });
    expect(parsePeriodKey("Council Plan 2025-29").financialYear).toBeNull();
  });
});
