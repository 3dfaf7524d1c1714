import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTestEngine } from "../support/load-test-engine.js";

let loaded: Awaited<ReturnType<typeof loadTestEngine>>;
beforeAll(async () => {
  loaded = await loadTestEngine();
});
afterAll(() => loaded.dispose());

const ask = (question: string) => loaded.engine.ask(question, { previousPlan: null });

describe("which column, which report", () => {
  it("does not pin the current column's target and rating on an earlier column's figure", async () => {
    const answer = await ask("How many bus passengers were carried in Q1 2025-26?");
    expect(answer.answer).toContain("761,454 for Quarter 1 2025-26 YTD");
    expect(answer.answer).toContain("the target 1,300,000 and rating Strong are for Quarter 2 2025-26 YTD");
    expect(answer.facts).toContainEqual(expect.objectContaining({ value: "761,454", rating: null }));
  });

  it("reads the quarter when it is written after the year", async () => {
    expect((await ask("How many potholes were repaired in 2025-26 Q1?")).answer).toContain(
      "14,846 for Quarter 1 2025-26 YTD",
    );
  });

  it("answers a whole year from the report of that year, not from another report's quarter column", async () => {
    const answer = await ask(
      "How many people did the Disability Employment Service support into paid work in 2024-25?",
    );
    expect(answer.answer).not.toContain("Quarter 2 2024-25 YTD");
    expect(answer.answer).toContain("81 people were supported to achieve paid employment");
  });

  it("takes the newest report's measure first when two reports' names hold the question equally", async () => {
    const answer = await ask("How many carers accessed support services?");
    expect(answer.answer.split("\n")[0]).toContain("3,768 for Quarter 2 2025-26 YTD");
  });

  it("prefers a count for 'how many' over a percentage measure", async () => {
    const answer = await ask("How many people were supported by Health and Wellbeing coaches?");
    expect(answer.answer.split("\n")[0]).toContain("323");
  });

  it("lists objectives of an outcome only an older report has, from that report", async () => {
    const answer = await ask("Which objectives are Complete in the Resilient, thriving and green communities outcome?");
    expect(answer.answer).toMatch(
      /^3 Resilient, thriving, and green communities objectives rated Complete in the 2024-25 year-end report/,
    );
  });

  it("lists measures for a Strong filter and measures with no target for 'no target'", async () => {
    expect((await ask("Which objectives are rated Strong?")).answer).toMatch(/^12 measures rated Strong/);
    expect((await ask("Which measures have no target in Q2 2025-26?")).answer).toMatch(
      /^19 measures rated blank \(no rating\)/,
    );
  });

  it("warns about a count the prose states differently only for the rating it counts", async () => {
    const answer = await ask("Which objectives are amber or red?");
    expect(answer.answer).toMatch(/^5 objectives rated Review or Action/);
    expect(answer.warnings.join(" ")).not.toContain("summary says");
  });

  it("asks for a question when there is nothing to go on", async () => {
    for (const text of ["????", "SO-"]) expect((await ask(text)).status).toBe("clarify");
  });
});
