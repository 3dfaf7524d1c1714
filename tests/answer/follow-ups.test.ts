import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTestEngine } from "../support/load-test-engine.js";

let loaded: Awaited<ReturnType<typeof loadTestEngine>>;
beforeAll(async () => {
  loaded = await loadTestEngine();
});
afterAll(() => loaded.dispose());

describe("follow-ups and clarification", () => {
  it("answers 'and at the end of 2024-25?' for the measure of the previous question", async () => {
    const first = await loaded.engine.ask("How many children live with council foster carers?", { previousPlan: null });
    expect(first.answer).toContain("357");
    const second = await loaded.engine.ask("and at the end of 2024-25?", { previousPlan: first.plan });
    expect(second.status).toBe("answered");
    expect(second.answer).toContain("343");
    expect(second.answer).toContain("2024-25 year-end report");
  });

  it("explains 'why?' from the objective's own commentary", async () => {
    const first = await loaded.engine.ask("What share of new EHC plans are issued within 20 weeks?", {
      previousPlan: null,
    });
    const why = await loaded.engine.ask("why?", { previousPlan: first.plan });
    expect(why.plan.intent).toBe("explain");
    expect(
      why.sources.some((source) => source.objective === "SO-02" && /backlog|timescale|assessment/i.test(source.quote)),
    ).toBe(true);
  });

  it("asks for more when a follow-up has nothing to follow, offering questions every report answers", async () => {
    const answer = await loaded.engine.ask("why?", { previousPlan: null });
    expect(answer.status).toBe("clarify");
    expect(answer.facts).toEqual([]);
    expect(answer.choices.map((choice) => choice.question)).toEqual([
      "How is the council doing overall?",
      "Which objectives are rated Action?",
      "Which measures are rated Action?",
    ]);
  });

  it("reads one word, or a follow-up's wording, that names another measure as a new question", async () => {
    const first = await loaded.engine.ask("household waste recycling rate", { previousPlan: null });
    expect(first.answer).toContain("47.8%");
    const sickness = await loaded.engine.ask("sickness", { previousPlan: first.plan });
    expect(sickness.facts.map((fact) => (fact.type === "measure" ? fact.measure : null))).toContain(
      "Sickness Hours as a % of Working Hours Available",
    );
    expect(sickness.answer).not.toContain("47.8%");
    const potholes = await loaded.engine.ask("and potholes?", { previousPlan: sickness.plan });
    expect(potholes.answer).toContain("28,024");
    const again = await loaded.engine.ask("and the year before?", { previousPlan: first.plan });
    expect(again.facts.every((fact) => fact.type !== "measure" || /recycl/i.test(fact.measure))).toBe(true);
  });

  it("says not found, with where the figures are, when the measure has no figure for the asked period", async () => {
    const first = await loaded.engine.ask("How many potholes have been repaired?", { previousPlan: null });
    const answer = await loaded.engine.ask("and at the end of 2024-25?", { previousPlan: first.plan });
    expect(answer.status).toBe("not_found");
    expect(answer.answer).toContain("Number of potholes repaired");
    expect(answer.answer).toContain("Quarter 2 2025-26 YTD");
  });

  it("answers SO-12 for the latest report and names the other report's SO-12", async () => {
    const answer = await loaded.engine.ask("What is SO-12?", { previousPlan: null });
    expect(answer.answer).toMatch(
      /^SO-12 \(Q2 2025-26 report\): Deliver a safe, effective, efficient and innovative highways service/,
    );
    expect(answer.answer).toContain(
      'SO-12 means a different objective in the 2024-25 year-end report: "Drive development and reform of our fostering service"',
    );
  });

  it("says a period the reports do not cover is not in them", async () => {
    const answer = await loaded.engine.ask("How many potholes were repaired in Quarter 3 2025-26?", {
      previousPlan: null,
    });
    expect(answer.status).toBe("not_found");
    expect(answer.answer).toContain("The reports do not cover");
  });
});

describe("trends", () => {
  it("compares the same quarter a year apart and says worse for a lower-is-better measure", async () => {
    const answer = await loaded.engine.ask("Is the landfill figure getting better or worse?", { previousPlan: null });
    expect(answer.plan.intent).toBe("trend");
    expect(answer.answer).toContain(
      "From Quarter 2 2024-25 YTD to Quarter 2 2025-26 YTD: an increase of 4.1 percentage points, worse (lower is better for this measure)",
    );
    expect(answer.facts).toContainEqual(expect.objectContaining({ type: "derived", value: "4.1" }));
  });

  it("computes no change across a change of method the notes report", async () => {
    const answer = await loaded.engine.ask(
      "How has the percentage of residents who feel the council gives value for money changed?",
      { previousPlan: null },
    );
    expect(answer.answer).toContain("No change is computed");
    expect(answer.facts.some((fact) => fact.type === "derived")).toBe(false);
  });
});

describe("acronyms", () => {
  it("answers what an acronym stands for from the report's own spelling-out, quoted with its source", async () => {
    const answer = await loaded.engine.ask("What does DDF stand for?", { previousPlan: null });
    expect(answer.answer).toMatch(/^DDF stands for Derbyshire Discretionary Fund\./);
    expect(answer.sources[0]?.quote).toContain("Derbyshire Discretionary Fund (DDF)");
  });

  it("says not in the reports for an acronym they never use", async () => {
    expect((await loaded.engine.ask("What does XYZ stand for?", { previousPlan: null })).status).toBe("not_found");
  });
});

describe("follow-ups that count periods back", () => {
  it("answers 'the year before' and 'the same quarter last year' from the previous answer's period", async () => {
    const first = await loaded.engine.ask("How many EV charging points were installed by the end of 2024-25?", {
      previousPlan: null,
    });
    expect(first.answer).toContain("441");
    const before = await loaded.engine.ask("and the year before?", { previousPlan: first.plan });
    expect(before.answer).toContain("361 for Year End 2023-24");
    const buses = await loaded.engine.ask("How many bus passengers were carried in Quarter 2 2025-26?", {
      previousPlan: null,
    });
    const lastYear = await loaded.engine.ask("and the same quarter last year?", { previousPlan: buses.plan });
    expect(lastYear.answer).toContain("1,552,640 for Quarter 2 2024-25 YTD");
    expect(lastYear.sources.every((source) => source.objective === "SO-11")).toBe(true);
  });
});

describe("a comparison with a benchmark group", () => {
  it("reads 'compared with the LGA survey', 'against the England average' as the benchmark, not the topic", async () => {
    const money = await loaded.engine.ask("value for money figure compared with the LGA survey", {
      previousPlan: null,
    });
    expect(money.status).toBe("answered");
    expect(money.answer).toContain("Latest benchmark: 36.0% (LGA Survey)");
    const exclusions = await loaded.engine.ask("permanent exclusions against the England average", {
      previousPlan: null,
    });
    expect(exclusions.facts[0]).toMatchObject({
      type: "measure",
      measure: "Rate of permanent exclusions as a proportion of all pupils (annual)",
      value: "0.21",
      benchmark: "0.13",
    });
  });
});

describe("topics and drafts from the commentary", () => {
  it("quotes, after the sentence on a topic, the one that says what came of it", async () => {
    const answer = await loaded.engine.ask("any update on the Green Entrepreneur Fund?", { previousPlan: null });
    const quotes = answer.sources.map((source) => source.quote);
    const closed = quotes.findIndex((quote) =>
      quote.startsWith("The Green Entrepreneur Fund (GEF) scheme has now closed"),
    );
    expect(closed).toBeGreaterThanOrEqual(0);
    expect(quotes[closed + 1]).toMatch(/GEF 2\.0/);
  });

  it("puts a figure the prose states about the whole question beside the table's", async () => {
    const answer = await loaded.engine.ask("how many new businesses did we help get started?", { previousPlan: null });
    expect(answer.facts[0]).toMatchObject({ type: "measure", measure: "Number of start-up businesses supported" });
    expect(answer.sources.map((source) => source.quote)).toContain(
      "The Business Start Up Scheme has helped 235 potential entrepreneurs since April, with 84 enterprises receiving support, resulting in 11 new jobs and 17 new businesses.",
    );
  });

  it("drafts a reply on why from the sentences that give reasons", async () => {
    const answer = await loaded.engine.ask("write a briefing note explaining why direct payments have fallen", {
      previousPlan: null,
    });
    expect(answer.plan.intent).toBe("draft");
    expect(answer.answer).toContain(
      "We continue to see a decline in Direct Payments due to both changes to our Charging Policy",
    );
  });

  it("drafts from the survey measures a note under their table ties to the question, note included", async () => {
    const answer = await loaded.engine.ask("draft a reply on the residents survey", { previousPlan: null });
    expect(answer.status).toBe("answered");
    expect(answer.answer).toContain('"Percentage of residents who are satisfied with Derbyshire County Council"');
    expect(answer.answer).toContain(
      'The report notes: "The methodology for the Your Council Your Voice residents survey has changed',
    );
    expect(answer.facts.filter((fact) => fact.type === "measure" && /road/i.test(fact.measure))).toEqual([]);
  });
});
