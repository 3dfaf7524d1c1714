import { describe, expect, it } from "vitest";
import {
  completionDeadline,
  completionPhrase,
  completionStart,
  monthNumber,
} from "../../src/answer/period/completion-date.js";

describe("completion dates", () => {
  it("reads the report's ways of writing an expected completion as one month scale", () => {
    expect(monthNumber("Mar-25")).toBe(2025 * 12 + 2);
    expect(monthNumber("Apr 2027")).toBe(2027 * 12 + 3);
    expect(monthNumber("April 2027")).toBe(2027 * 12 + 3);
    expect(monthNumber("2029")).toBe(2029 * 12 + 11);
    expect(monthNumber("soon")).toBeNull();
  });

  it("takes 'by March 2026' as an end and 'in 2029' as that whole year", () => {
    expect(completionDeadline("Which objectives are due to complete by March 2026?")).toBe(2026 * 12 + 2);
    expect(completionStart("Which objectives are due to complete by March 2026?")).toBeNull();
    expect(completionDeadline("Which objectives have an expected completion in 2029?")).toBe(2029 * 12 + 11);
    expect(completionStart("Which objectives have an expected completion in 2029?")).toBe(2029 * 12);
  });

  it("does not read a financial year as a completion date, and gives the words that set one", () => {
    expect(completionDeadline("Which objectives were completed in 2024-25?")).toBeNull();
    expect(completionPhrase("Which objectives completed in 2024-25 and were due by March 2025?")).toBe("by March 2025");
  });
});
