import { describe, expect, it } from "vitest";
import { uniqueQuotes } from "../../../src/answer/passages/unique-quotes.js";
import type { Quote } from "../../../src/answer/passages/quote.js";

const report = (id: string) => ({ id }) as Quote["report"];
const quote = (id: string, text: string): Quote => ({ report: report(id), objective: "SO-12", text });

describe("uniqueQuotes", () => {
  it("drops a repeat, and a sentence already quoted within a longer quote of the same report", () => {
    const pair = "Funding is now passported. This has resulted in a capital programme of ~£70m.";
    const quotes = uniqueQuotes([
      quote("q2", pair),
      quote("q2", "Funding is now passported."),
      quote("q2", pair),
      quote("ye", "Funding is now passported."),
    ]);
    expect(quotes.map((entry) => `${entry.report.id}: ${entry.text}`)).toEqual([
      `q2: ${pair}`,
      "ye: Funding is now passported.",
    ]);
  });

  it("lets a longer quote take the place of an earlier one it holds", () => {
    const quotes = uniqueQuotes([
      quote("q2", "We submitted plans."),
      quote("q2", "We submitted plans. This brings £50m."),
    ]);
    expect(quotes.map((entry) => entry.text)).toEqual(["We submitted plans. This brings £50m."]);
  });
});
