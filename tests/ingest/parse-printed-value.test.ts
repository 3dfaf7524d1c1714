import { describe, expect, it } from "vitest";
import { parsePrintedValue } from "../../src/ingest/parse-printed-value.js";

describe("parsePrintedValue", () => {
  it("reads counts with thousands separators", () => {
    expect(parsePrintedValue("1,511,867")).toEqual({
      value: "1,511,867",
      number: 1511867,
      unit: "count",
      malformed: false,
    });
  });

  it("reads percentages and decimals", () => {
    expect(parsePrintedValue("53%")).toEqual({ value: "53%", number: 53, unit: "percent", malformed: false });
    expect(parsePrintedValue("100.0%")).toEqual({ value: "100.0%", number: 100, unit: "percent", malformed: false });
    expect(parsePrintedValue("7.557")).toEqual({ value: "7.557", number: 7.557, unit: "number", malformed: false });
  });

  it("reads pounds, scaled by a suffix", () => {
    expect(parsePrintedValue("£10,481,480")).toEqual({
      value: "£10,481,480",
      number: 10481480,
      unit: "pounds",
      malformed: false,
    });
    expect(parsePrintedValue("£39m")).toEqual({ value: "£39m", number: 39000000, unit: "pounds", malformed: false });
    expect(parsePrintedValue("£1.85m")).toEqual({ value: "£1.85m", number: 1850000, unit: "pounds", malformed: false });
  });

  it("keeps a malformed figure as printed, flagged, with no number guessed", () => {
    expect(parsePrintedValue("£14.m")).toEqual({ value: "£14.m", number: null, unit: null, malformed: true });
    expect(parsePrintedValue("1,5111")).toEqual({ value: "1,5111", number: null, unit: null, malformed: true });
  });

  it("reads blank and not-applicable cells as no number, not malformed", () => {
    expect(parsePrintedValue("")).toEqual({ value: "", number: null, unit: null, malformed: false });
    expect(parsePrintedValue("n/a")).toEqual({ value: "n/a", number: null, unit: null, malformed: false });
    expect(parsePrintedValue("Not comparable")).toEqual({
      value: "Not comparable",
      number: null,
      unit: null,
      malformed: false,
    });
  });
});
