import { describe, expect, it } from "vitest";
import { buildWordRows } from "../../src/search/word-rows.js";

describe("buildWordRows", () => {
  it("finds each word's row and misses words it does not hold", () => {
    const rows = buildWordRows("the\ncouncil\nhighways\npotholes");
    expect(["the", "council", "highways", "potholes"].map((word) => rows.get(word))).toEqual([0, 1, 2, 3]);
    expect(rows.get("pothole")).toBeUndefined();
    expect(rows.has("council")).toBe(true);
    expect(rows.has("councils")).toBe(false);
    expect(rows.get("")).toBeUndefined();
  });

  it("keeps the first (most frequent) row of a repeated word and counts words and rows apart", () => {
    const rows = buildWordRows("care\nhome\ncare");
    expect(rows.get("care")).toBe(0);
    expect(rows.size).toBe(2);
    expect(rows.rowCount).toBe(3);
  });

  it("holds a large vocabulary without collisions losing words", () => {
    const words = Array.from({ length: 50_000 }, (_, index) => `word${index.toString(36)}`);
    const rows = buildWordRows(words.join("\n"));
    expect(words.every((word, index) => rows.get(word) === index)).toBe(true);
    expect(rows.size).toBe(50_000);
  });
});
