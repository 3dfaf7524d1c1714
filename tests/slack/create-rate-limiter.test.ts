import { describe, expect, it } from "vitest";
import { createRateLimiter } from "../../src/slack/create-rate-limiter.js";

describe("createRateLimiter", () => {
  it("allows the limit per user within a sliding minute, then refuses until the oldest question is a minute old", () => {
    let now = 0;
    const limiter = createRateLimiter({ limitPerMinute: 2, now: () => now });
    expect([limiter.allow("U1"), limiter.allow("U1"), limiter.allow("U1")]).toEqual([true, true, false]);
    expect(limiter.allow("U2")).toBe(true);
    now = 59_999;
    expect(limiter.allow("U1")).toBe(false);
    now = 60_000;
    expect(limiter.allow("U1")).toBe(true);
  });

  it("allows everything when the limit is 0", () => {
    const limiter = createRateLimiter({ limitPerMinute: 0, now: () => 0 });
    expect(Array.from({ length: 100 }, () => limiter.allow("U1")).every(Boolean)).toBe(true);
  });
});
