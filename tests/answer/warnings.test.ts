import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadTestEngine } from "../support/load-test-engine.js";

let loaded: Awaited<ReturnType<typeof loadTestEngine>>;
beforeAll(async () => {
  loaded = await loadTestEngine();
});
afterAll(() => loaded.dispose());

const warningsFor = async (question: string) =>
  (await loaded.engine.ask(question, { previousPlan: null })).warnings.join("\n");

describe("warnings on the real reports", () => {
  it("finds the commentary figures that contradict their table, by comparing figures with the measures they talk about", () => {
    const conflicts = loaded.engine.dependencies.conflicts.map(
      (conflict) => `${conflict.report} ${conflict.stated} ≠ ${conflict.table}`,
    );
    expect(conflicts).toContain("2025-26-q2 83% ≠ 53%");
    expect(conflicts).toContain("2024-25-year-end 937 ≠ 794");
  });

  it("takes figures that match a value or the difference of two columns as agreeing with the table", () => {
    const stated = loaded.engine.dependencies.conflicts.map((conflict) => conflict.stated);
    // 89.1% and 92.1% are printed; 1,226 = 2,529 − 1,303 is the quarter's share of the year to date; 30 = 50 − 20.
    for (const figure of ["89.1%", "92.1%", "2,529", "1,226", "30", "17.7%"]) expect(stated).not.toContain(figure);
  });

  it("flags a target the commentary states differently from the table", () => {
    const targets = loaded.engine.dependencies.conflicts
      .filter((conflict) => conflict.aboutTarget)
      .map((conflict) => `${conflict.stated} ≠ ${conflict.table}`);
    expect(targets).toContain("85% ≠ 70%");
  });

  it("passes a footnote that qualifies the figure", async () => {
    expect(await warningsFor("How many potholes have been repaired?")).toMatch(/Footnote \(b\).*approximation/);
  });

  it("says so when the current column is blank and an earlier figure is quoted", async () => {
    expect(await warningsFor("What percentage of care homes for people aged 65+ are outstanding or good?")).toMatch(
      /no figure for Quarter 2 2025-26 YTD.*69\.0%.*Quarter 1 2025-26 YTD/,
    );
  });

  it("notes a figure taken from the table of data updated the previous quarter", async () => {
    expect(await warningsFor("What percentage of New Birth visits were delivered between 10 and 14 days?")).toMatch(
      /updated the previous quarter/,
    );
  });

  it("recomputes a missing rating from the report's key", async () => {
    expect(await warningsFor("How many new people accessed Direct Payments in 2024-25?")).toMatch(
      /no printed rating; by the report's key 794 against 973 would be Action/,
    );
  });

  it("notes a measure that covers one quarter only", async () => {
    expect(
      await warningsFor("How many Highway Inspector defects were completed within target time at the end of 2024-25?"),
    ).toMatch(/Q4 only/);
  });

  it("points out when the report's prose counts disagree with its table ratings", async () => {
    expect(await warningsFor("Which objectives were rated Good at the end of 2024-25?")).toMatch(
      /summary says 14 objectives are Good, but its tables rate 8/,
    );
  });

  it("warns on an answer that quotes a contradicted sentence without showing that measure's figures", async () => {
    const answer = await loaded.engine.ask("strength-based support at year end", { previousPlan: null });
    expect(answer.facts.filter((fact) => fact.type === "measure")).toEqual([]);
    expect(answer.answer).toContain("937 new people");
    expect(answer.warnings.join("\n")).toContain("the quoted passage states 937, while the table shows 794");
  });

  it("reaches a measure through a sentence that states its figure, and warns that the sentence contradicts the table", async () => {
    // The question uses the commentary's words; the sentence states the measure's Quarter 1 figure (17.7%).
    const answer = await loaded.engine.ask("considerable increase in defects remedied since june", {
      previousPlan: null,
    });
    expect(answer.facts.filter((fact) => fact.type === "measure").map((fact) => fact.value)).toEqual(["17.7%", "53%"]);
    expect(answer.answer).toContain("83% of defects were remedied");
    expect(answer.warnings.join("\n")).toContain("the commentary for SO-12 states 83%, while the table shows 53%");
  });
});
