import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/search/split-sentences.js";

describe("splitSentences", () => {
  it("splits at a full stop followed by a capital or a digit", () => {
    expect(splitSentences("The board met. 83% of defects were remedied. Work continues.")).toEqual([
      "The board met.",
      "83% of defects were remedied.",
      "Work continues.",
    ]);
  });

  it("does not split after an abbreviation or an initial", () => {
    expect(
      splitSentences("Data is year to date unless specified e.g. Rolling 12 months. Led by J. Smith today."),
    ).toEqual(["Data is year to date unless specified e.g. Rolling 12 months.", "Led by J. Smith today."]);
  });

  it("does not split inside a decimal or before a lower-case word", () => {
    expect(splitSentences("Savings of £34.912m were forecast. this is 93.1% of target.")).toEqual([
      "Savings of £34.912m were forecast. this is 93.1% of target.",
    ]);
  });

  it("keeps a closing quote or bracket with its sentence", () => {
    expect(splitSentences("It was rated 'satisfactory.' The trajectory is 'Good'.")).toEqual([
      "It was rated 'satisfactory.'",
      "The trajectory is 'Good'.",
    ]);
  });

  it("returns nothing for blank text", () => {
    expect(splitSentences("  ")).toEqual([]);
  });
});
