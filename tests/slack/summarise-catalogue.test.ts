import { describe, expect, it } from "vitest";
import { exampleQuestions } from "../../src/slack/example-questions.js";
import { ratingEmoji } from "../../src/slack/rating-emoji.js";
import { reportIdLabel } from "../../src/report/report-id-label.js";
import { summariseCatalogue } from "../../src/slack/summarise-catalogue.js";
import { catalogue } from "../support/answer-fixtures.js";

describe("summariseCatalogue", () => {
  it("lists reports latest first with objectives counted by progress rating in the key's order", () => {
    expect(summariseCatalogue(catalogue)).toEqual([
      {
        id: "2025-26-q2",
        label: "Q2 2025-26",
        title: "Performance Report Quarter 2 2025 to 2026",
        objectives: 4,
        progress: [
          { rating: "Good", count: 2, emoji: ":large_green_circle:" },
          { rating: "Review", count: 1, emoji: ":large_orange_circle:" },
          { rating: "Action", count: 1, emoji: ":red_circle:" },
        ],
      },
      {
        id: "2024-25-year-end",
        label: "2024-25 year-end",
        title: "Performance Report 2024-25 Year End",
        objectives: 3,
        progress: [
          { rating: "Good", count: 1, emoji: ":large_green_circle:" },
          { rating: "Review", count: 1, emoji: ":large_orange_circle:" },
          { rating: "Awaiting update", count: 1, emoji: ":white_circle:" },
        ],
      },
    ]);
  });
});

describe("exampleQuestions", () => {
  it("builds its 'why' example from an objective of the latest report that needs action", () => {
    expect(exampleQuestions(catalogue)).toEqual([
      "Which objectives require action?",
      "Why is SO-02 rated action?",
      "How many objectives show good progress?",
      "Summarise the Quarter 2 2025-26 report",
    ]);
  });

  it("still suggests general questions when nothing is loaded", () => {
    expect(exampleQuestions({ reports: [], objectives: [] })).toEqual([
      "Which objectives require action?",
      "How many objectives show good progress?",
    ]);
  });
});

describe("reportLabel and ratingEmoji", () => {
  it("labels report ids as people cite them and leaves other ids alone", () => {
    expect([reportIdLabel("2025-26-q2"), reportIdLabel("2024-25-year-end"), reportIdLabel("draft")]).toEqual([
      "Q2 2025-26",
      "2024-25 year-end",
      "draft",
    ]);
  });

  it("colours ratings as the report's key does, whatever their case, and never guesses a blank", () => {
    expect(["Strong", "good", "REVIEW", "Action", "Complete", null, "Awaiting"].map(ratingEmoji)).toEqual([
      ":star:",
      ":large_green_circle:",
      ":large_orange_circle:",
      ":red_circle:",
      ":white_check_mark:",
      ":white_circle:",
      ":white_circle:",
    ]);
  });
});
