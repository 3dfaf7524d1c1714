import { describe, expect, it } from "vitest";
import { lowerIsBetter } from "../../src/answer/warnings/lower-is-better.js";
import { recomputeRating } from "../../src/answer/warnings/recompute-rating.js";

describe("recomputeRating (the report's key)", () => {
  it.each([
    // [value, target, lower is better, percent, expected] — rows of the Q2 2025-26 and 2024-25 year-end tables
    [17.2, 14.3, false, true, "Strong"],
    [92.0, 90.0, false, true, "Good"],
    [79.8, 81.5, false, true, "Review"],
    [2.1, 22.3, false, true, "Action"],
    [855, 998, true, false, "Strong"],
    [4.6, 4.7, true, true, "Good"],
    [7.1, 5.0, true, true, "Action"],
    [78.2, 79.8, false, true, "Review"],
    [64.0, 70.0, false, true, "Review"],
    [62, 68, false, false, "Review"],
    [343, 344, false, false, "Good"],
  ] as const)("rates %s against a target of %s as the report does", (value, target, lower, percent, expected) => {
    expect(recomputeRating({ value, target, lowerIsBetter: lower, percent })).toBe(expected);
  });

  it("needs only 2% better for Strong when a percentage target is above 95%", () => {
    expect(recomputeRating({ value: 98, target: 96, lowerIsBetter: false, percent: true })).toBe("Strong");
    expect(recomputeRating({ value: 98, target: 96, lowerIsBetter: false, percent: false })).toBe("Good");
  });

  it("gives no rating against a zero target", () => {
    expect(recomputeRating({ value: 3, target: 0, lowerIsBetter: false, percent: false })).toBeNull();
  });

  it("reads from a measure's name that a lower figure is better", () => {
    expect(lowerIsBetter("Sickness Hours as a % of Working Hours Available")).toBe(true);
    expect(lowerIsBetter("Number of new Education Health and Care plan assessments in progress (at quarter end)")).toBe(
      true,
    );
    expect(
      lowerIsBetter(
        "Percentage point gap between disadvantaged pupils in Derbyshire and non disadvantaged pupils nationally",
      ),
    ).toBe(true);
    expect(lowerIsBetter("Number of potholes repaired")).toBe(false);
  });
});
