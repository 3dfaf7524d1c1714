import { describe, expect, it } from "vitest";
import { choiceLabel, namedChoices } from "../../src/answer/facts/closest-choices.js";
import { choiceSchema } from "../../src/answer/answer.js";

describe("namedChoices", () => {
  it("asks each distinct name once, at most three, each label fitting a Slack button", () => {
    const long =
      "LA collected municipal waste sent to landfill as a percentage of total LA collected waste not sent for recycling reuse or composting (rolling 12 months)";
    const choices = namedChoices([
      "Number of potholes repaired",
      "Number of  potholes repaired",
      "number of potholes repaired",
      long,
      "Sickness Hours as a % of Working Hours Available",
      "Number of children (under 18) in care",
    ]);
    expect(choices).toEqual([
      { label: "Number of potholes repaired", question: "Number of potholes repaired" },
      {
        label: "LA collected municipal waste sent to landfill as a percentage of total LA…",
        question: long,
      },
      {
        label: "Sickness Hours as a % of Working Hours Available",
        question: "Sickness Hours as a % of Working Hours Available",
      },
    ]);
    for (const choice of choices) expect(choiceSchema.parse(choice)).toEqual(choice);
  });

  it("cuts a label at a word, never inside a figure, and leaves a short one whole", () => {
    expect(choiceLabel("Amount of money raised")).toBe("Amount of money raised");
    const cut = choiceLabel(`${"word ".repeat(20)}£15,760,500 raised`);
    expect(cut.length).toBeLessThanOrEqual(75);
    expect(cut).toMatch(/word…$/);
  });
});
