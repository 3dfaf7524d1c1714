import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTestEngine } from "../support/load-test-engine.js";

let loaded: Awaited<ReturnType<typeof loadTestEngine>>;
beforeAll(async () => {
  loaded = await loadTestEngine();
});
afterAll(() => loaded.dispose());

const measuresOf = (facts: readonly { type: string; measure?: string }[]) => [
  ...new Set(facts.flatMap((fact) => (fact.type === "measure" && fact.measure ? [fact.measure] : []))),
];

describe("trends worded the way people ask", () => {
  it("reads 'over 3 yrs' as a trend, never the 3 as a topic word", async () => {
    const answer = await loaded.engine.ask("children in care numbers over 3 yrs", { previousPlan: null });
    expect(answer.plan.intent).toBe("trend");
    expect(answer.answer).toContain("Number of children (under 18) in care, over the periods the reports print:");
    expect(answer.answer).toContain("- Year End 2022-23: 995 (2024-25 year-end report, SO-10)");
  });

  it("leads a trend with the closest series, whichever report holds it", async () => {
    const answer = await loaded.engine.ask("how has resident satisfaction with the council changed", {
      previousPlan: null,
    });
    expect(answer.plan.intent).toBe("trend");
    expect(measuresOf(answer.facts)[0]).toBe(
      "Percentage of residents who are satisfied with Derbyshire County Council",
    );
  });
});

describe("ratings asked in RAG words about one record", () => {
  it("answers 'is X red?', 'X green or red?' with the record and its rating, keeping 'green' where it names a thing", async () => {
    const sickness = await loaded.engine.ask("sickness absence green or red?", { previousPlan: null });
    expect(sickness.facts[0]).toMatchObject({
      type: "measure",
      measure: "Sickness Hours as a % of Working Hours Available",
      rating: "Good",
    });
    const recycling = await loaded.engine.ask("is the recycling measure red?", { previousPlan: null });
    expect(recycling.status).toBe("answered");
    expect(recycling.facts.every((fact) => fact.type !== "measure" || /recycl/i.test(fact.measure))).toBe(true);
    const fund = await loaded.engine.ask("green entrepreneur fund latest", { previousPlan: null });
    expect(fund.sources.some((source) => source.quote.includes("Green Entrepreneur Fund"))).toBe(true);
  });

  it("reads 'any red flags at year end?' as the year-end records rated Action", async () => {
    const answer = await loaded.engine.ask("any red flags at year end?", { previousPlan: null });
    expect(answer.status).toBe("answered");
    expect(answer.answer).toContain("measures rated Action in the 2024-25 year-end report");
  });
});

describe("rating lists worded loosely", () => {
  it("reads 'top 3 worst performing measures' as the measures rated Review or Action", async () => {
    const answer = await loaded.engine.ask("top 3 worst performing measures", { previousPlan: null });
    expect(answer.answer).toMatch(/^\d+ measures rated Review or Action in the Q2 2025-26 report/);
  });
});

describe("drafts asked with how the record is rated", () => {
  it("drafts on the record, not on the rating words ('why recycling is off track')", async () => {
    const answer = await loaded.engine.ask(
      "the leader wants to know why household recycling is off track - draft a reply",
      {
        previousPlan: null,
      },
    );
    expect(answer.plan.intent).toBe("draft");
    expect(measuresOf(answer.facts).every((measure) => /recycl/i.test(measure))).toBe(true);
    expect(answer.answer).toContain("47.8%");
  });
});
