import { describe, expect, it } from "vitest";
import { htmlToParagraphs } from "../../src/ingest/html-to-paragraphs.js";
import { joinCommentary } from "../../src/ingest/join-commentary.js";
import { splitMergedName } from "../../src/ingest/join-continued-rows.js";
import { mapColumns } from "../../src/ingest/map-columns.js";
import { moveCommentaryTails } from "../../src/ingest/move-commentary-tails.js";
import { parseObjectiveCode } from "../../src/report/objective-code.js";
import { parseTitle } from "../../src/ingest/parse-title.js";
import { seriesKey } from "../../src/ingest/series-key.js";
import { splitFootnoteMarkers } from "../../src/ingest/split-footnote-markers.js";

describe("commentary text", () => {
  it("strips HTML, decodes entities and keeps paragraphs", () => {
    expect(htmlToParagraphs("<p>Rents &amp; rates rose.</p> <p>Costs   fell&nbsp;too.</p>")).toEqual([
      "Rents & rates rose.",
      "Costs fell too.",
    ]);
  });

  it("joins a fragment that completes a sentence with a space, and a new paragraph with a break", () => {
    expect(
      joinCommentary(["<p>Work is on track and will</p>", "<p>finish in May.</p> <p>Next steps follow.</p>"]),
    ).toEqual(["Work is on track and will finish in May.", "Next steps follow."]);
    expect(joinCommentary(["<p>Funding is secured.</p>", "Timescales are tight."])).toEqual([
      "Funding is secured.",
      "Timescales are tight.",
    ]);
    expect(joinCommentary(["Plain text ends here.", "More plain text."])).toEqual([
      "Plain text ends here. More plain text.",
    ]);
  });

  it("moves the lower-case tail of an unfinished commentary back to its objective", () => {
    const objectives = [
      { paragraphs: ["The Council continues to lead support for refugees in Derbyshire"] },
      {
        paragraphs: [
          "under the resettlement schemes.",
          "The Board continues its work.",
          "This objective is rated review.",
        ],
      },
    ];
    expect(moveCommentaryTails(objectives)).toBe(1);
    expect(objectives).toEqual([
      {
        paragraphs: [
          "The Council continues to lead support for refugees in Derbyshire under the resettlement schemes.",
        ],
      },
      { paragraphs: ["The Board continues its work.", "This objective is rated review."] },
    ]);
  });

  it("leaves commentary alone when the previous one finished its sentence", () => {
    const objectives = [{ paragraphs: ["All done."] }, { paragraphs: ["further work follows."] }];
    expect(moveCommentaryTails(objectives)).toBe(0);
    expect(objectives[1]?.paragraphs).toEqual(["further work follows."]);
  });
});

describe("measure names", () => {
  it("splits a merged name where the previous name's opening words recur", () => {
    expect(
      splitMergedName(
        "exceptions) financial year, year to date Proportion of all new plans (excluding exceptions)",
        "Proportion of all new plans (including",
        true,
      ),
    ).toEqual({
      tail: "exceptions) financial year, year to date",
      rest: "Proportion of all new plans (excluding exceptions)",
    });
  });

  it("treats the whole text as a tail when no new name starts in it", () => {
    expect(splitMergedName("in Derbyshire outstanding or good", "Percentage of care homes across", false)).toEqual({
      tail: "in Derbyshire outstanding or good",
      rest: "",
    });
  });

  it("links names that differ by case, abbreviation or the default year-to-date qualifier", () => {
    expect(seriesKey("Percentage of children returning home (rolling 12 mths)")).toBe(
      seriesKey("Percentage of Children Returning Home (rolling 12 months)"),
    );
    expect(
      seriesKey("Proportion of plans issued within 20 weeks (including exceptions) financial year, year to date"),
    ).toBe(seriesKey("Proportion of plans issued within 20 weeks (including exceptions)"));
    expect(seriesKey("Number of carers")).not.toBe(seriesKey("Number of Adult Social Care carers"));
  });

  it("strips footnote markers in either printed form", () => {
    expect(splitFootnoteMarkers("14,846 ^(b)")).toEqual({ text: "14,846", markers: ["b"] });
    expect(splitFootnoteMarkers("£14.m ⁽a⁾")).toEqual({ text: "£14.m", markers: ["a"] });
  });

  it("strips markers printed after a cell's text as (a), [a], superscripts or asterisks, but not a cell that is only a mark", () => {
    expect(splitFootnoteMarkers("14,846 (b)")).toEqual({ text: "14,846", markers: ["b"] });
    expect(splitFootnoteMarkers("82.8%³")).toEqual({ text: "82.8%", markers: ["3"] });
    expect(splitFootnoteMarkers("Number of potholes repaired ᵇ")).toEqual({
      text: "Number of potholes repaired",
      markers: ["b"],
    });
    expect(splitFootnoteMarkers("£39m**")).toEqual({ text: "£39m", markers: ["**"] });
    expect(splitFootnoteMarkers("1,511,867 [a] ^(c)")).toEqual({ text: "1,511,867", markers: ["c", "a"] });
    expect(splitFootnoteMarkers("*")).toEqual({ text: "*", markers: [] });
    expect(splitFootnoteMarkers("(a)")).toEqual({ text: "(a)", markers: [] });
    expect(splitFootnoteMarkers("Care homes (18-64+)")).toEqual({ text: "Care homes (18-64+)", markers: [] });
  });
});

describe("titles and headers", () => {
  it("reads quarter and year-end periods from titles", () => {
    expect(parseTitle("Performance Report Quarter 2 2025 to 2026")).toEqual({
      id: "2025-26-q2",
      financialYear: "2025-26",
      quarter: 2,
      periodKind: "quarter",
      periodLabel: "Quarter 2 2025-26",
      periodEnd: "2025-09-30",
    });
    expect(parseTitle("Performance Report Quarter 4 2024 to 2025")?.periodEnd).toBe("2025-03-31");
    expect(parseTitle("Performance Report 2024-25 Year End")).toEqual({
      id: "2024-25-year-end",
      financialYear: "2024-25",
      quarter: null,
      periodKind: "year-end",
      periodLabel: "2024-25 year end",
      periodEnd: "2025-03-31",
    });
    expect(parseTitle("Performance Report 2024-27 Year End")).toBeNull();
  });

  it("maps measure columns by header text, whatever the layout", () => {
    const header = {
      line: 5,
      cells: [
        "Strategic Objective",
        "Measure",
        "Year End 2022-23",
        "Same quarter 2023-24 (YTD)",
        "Latest data (YTD)",
        "Target for quarter (YTD)",
        "Latest Perform ance against target",
        "Latest data as at",
        "Latest Bench mark (YTD)",
        "Benchmark Group",
        "Reporting Frequency",
      ],
    };
    expect(mapColumns("measure", header, "x.txt").columns.map((column) => column.role)).toEqual([
      "code",
      "name",
      "value",
      "value",
      "value",
      "target",
      "rating",
      "latestDataAsAt",
      "benchmark",
      "benchmarkGroup",
      "frequency",
    ]);
    expect(
      mapColumns(
        "measure",
        { line: 5, cells: ["No.", "Measure", "2024-2025 Target", "Benchmark"] },
        "x.txt",
      ).columns.map((column) => column.role),
    ).toEqual(["code", "name", "target", "benchmark"]);
  });
});

describe("objective codes", () => {
  it("reads the ways a code is printed, with or without an outcome number before it", () => {
    expect(
      ["SO-07", "SO-7", "SO 07", "so-07", "SO07", "SO–07", "1 SO-07", "1.SO-07", "Outcome 1 - SO-07", "O1 SO-07"].map(
        parseObjectiveCode,
      ),
    ).toEqual(Array(10).fill("SO-07"));
    expect(["Overarching Measure", "Overarching Measures", "overarching\u00a0measure"].map(parseObjectiveCode)).toEqual(
      Array(3).fill("Overarching Measure"),
    );
  });

  it("reads nothing from a cell that names no objective", () => {
    expect(["", "SO-", "SO-123", "Measure", "07", "PO-07"].map(parseObjectiveCode)).toEqual(Array(6).fill(null));
  });
});
