import { describe, expect, it } from "vitest";
import { BoundedMap } from "../../src/slack/bounded-map.js";

describe("BoundedMap", () => {
  it("forgets the least recently used entries beyond its capacity", () => {
    const map = new BoundedMap<string, number>(2);
    map.set("a", 1).set("b", 2);
    expect(map.get("a")).toBe(1);
    map.set("c", 3);
    expect([map.has("a"), map.has("b"), map.has("c")]).toEqual([true, false, true]);
    expect(map.size).toBe(2);
  });

  it("refuses a capacity that is not a positive whole number", () => {
    expect(() => new BoundedMap(0)).toThrow(RangeError);
    expect(() => new BoundedMap(1.5)).toThrow(RangeError);
  });
});
