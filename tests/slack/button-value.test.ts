import { describe, expect, it } from "vitest";
import { buttonValueSchema, encodeButtonValue } from "../../src/slack/button-value.js";

describe("encodeButtonValue", () => {
  it("round-trips the answer id and question", () => {
    const value = { answer: "0f6c-answer", question: "How many potholes have been repaired?" };
    expect(buttonValueSchema.parse(JSON.parse(encodeButtonValue(value)))).toEqual(value);
  });

  it("shortens a question so the value stays within Slack's 2,000 characters, even with escapes", () => {
    for (const question of ["q".repeat(5000), '"quoted" \\ '.repeat(400)]) {
      const encoded = encodeButtonValue({ answer: "id", question });
      expect(encoded.length).toBeLessThanOrEqual(2000);
      const decoded = buttonValueSchema.parse(JSON.parse(encoded));
      expect(decoded.question.endsWith("…")).toBe(true);
      expect(question.startsWith(decoded.question.slice(0, -1))).toBe(true);
    }
  });
});
