import { describe, expect, it } from "vitest";
import { summariseSamples } from "../../bench/summarise-samples.js";

describe("summariseSamples", () => {
  it("takes p50 and p95 by nearest rank, whatever the order of the samples", () => {
    const samples = Array.from({ length: 20 }, (_unused, index) => 20 - index);
    expect(summariseSamples(samples)).toEqual({ count: 20, p50: 10, p95: 19, max: 20, mean: 10.5 });
  });

  it("gives the one sample for every percentile of a single sample", () => {
    expect(summariseSamples([3.14159])).toEqual({ count: 1, p50: 3.14, p95: 3.14, max: 3.14, mean: 3.14 });
  });

  it("gives zeros for no samples rather than throwing", () => {
    expect(summariseSamples([])).toEqual({ count: 0, p50: 0, p95: 0, max: 0, mean: 0 });
  });
});
