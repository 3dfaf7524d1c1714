import { describe, expect, it } from "vitest";
import { executePlan } from "../../../src/answer/facts/execute-plan.js";
import { previousQuarter, sameTimeLastYear, shiftFinancialYear } from "../../../src/answer/period/financial-year.js";
import { questionPeriod } from "../../../src/answer/period/question-period.js";
import { planQuestion } from "../../../src/answer/plan/plan-question.js";
import type { Plan } from "../../../src/answer/plan/plan.js";
import { measureWarnings } from "../../../src/answer/warnings/measure-warnings.js";
import { mergeWarnings, warningText } from "../../../src/answer/compose/warning-text.js";
import { composeAnswer } from "../../../src/answer/compose/compose-answer.js";
import { recordsFixture } from "../../search/records-fixture.js";
import { measureOf, stageContexts } from "./stage-fixture.js";

// Each stage checked on its own, as whole values, on the small records fixture: a failure names the stage.
const potholesId = "2025-26-q2/SO-12/number-of-potholes-repaired";
const sicknessId = "2025-26-q2/SO-21/sickness-hours-as-a-of-working-hours-available";
const q2 = recordsFixture.reports[0]!;
const potholesPlan: Plan = {
  intent: "figure",
  objectives: [],
  measures: [potholesId],
  outcome: null,
  report: null,
  period: { financialYear: "2025-26", quarter: 1, yearEnd: false },
  ratings: [],
  subject: null,
  topic: "How many potholes were repaired in ?",
};

describe("period stage", () => {
  it("reads the period a question names as a value", () => {
    expect(questionPeriod("potholes in Q1 2025-26?", { current: "2025-26", previous: "2024-25" })).toEqual({
      financialYear: "2025-26",
      quarter: 1,
      yearEnd: false,
      text: "Q1 2025-26",
      since: false,
    });
    expect(questionPeriod("sickness last year", { current: "2025-26", previous: "2024-25" })).toEqual({
      financialYear: "2024-25",
      quarter: null,
      yearEnd: false,
      text: "last year",
      since: false,
    });
  });

  it("counts years and quarters back with one financial-year helper", () => {
    expect(shiftFinancialYear("2025-26", -1)).toBe("2024-25");
    expect(shiftFinancialYear("1999-00", 1)).toBe("2000-01");
    expect(sameTimeLastYear({ financialYear: "2025-26", quarter: 2, yearEnd: false })).toEqual({
      financialYear: "2024-25",
      quarter: 2,
      yearEnd: false,
    });
    expect(previousQuarter({ financialYear: "2025-26", quarter: 1, yearEnd: false })).toEqual({
      financialYear: "2024-25",
      quarter: 4,
      yearEnd: true,
    });
    expect(previousQuarter({ financialYear: "2025-26", quarter: null, yearEnd: false })).toBeNull();
  });
});

describe("plan stage", () => {
  it("turns a figure question into a whole plan: the measure, the period as a value", () => {
    const { planning } = stageContexts();
    expect(planQuestion("How many potholes were repaired in Q1 2025-26?", planning, null).plan).toEqual(potholesPlan);
  });

  it("carries a follow-up's plan over, its period moved back a quarter", () => {
    const { planning } = stageContexts();
    const planned = planQuestion("and the quarter before?", planning, potholesPlan);
    expect(planned.followUp).toBe(true);
    expect(planned.plan).toEqual({
      ...potholesPlan,
      report: null,
      period: { financialYear: "2024-25", quarter: 4, yearEnd: false },
    });
  });

  it("plans a rating question as a list of objectives", () => {
    const { planning } = stageContexts();
    expect(planQuestion("Which objectives are rated Review?", planning, null).plan).toEqual({
      intent: "list",
      objectives: [],
      measures: [],
      outcome: null,
      report: null,
      period: null,
      ratings: ["Review"],
      subject: "objectives",
      topic: "are ?",
    });
  });
});

describe("facts stage", () => {
  it("finds the printed figure of the asked column, with the report label, through the record queries", () => {
    const { planning, execution } = stageContexts();
    const planned = planQuestion("How many potholes were repaired in Q1 2025-26?", planning, null);
    const potholes = measureOf(potholesId);
    expect(executePlan(planned, execution)).toEqual({
      kind: "found",
      report: q2,
      figures: [{ measure: potholes, value: potholes.values[1], blankCurrent: null, reportLabel: "Q2 2025-26 report" }],
      trend: false,
      objectives: [],
      quotes: [],
      remarks: [],
    });
  });

  it("lists the objectives with the asked rating", () => {
    const { planning, execution } = stageContexts();
    const planned = planQuestion("Which objectives are rated Review?", planning, null);
    expect(executePlan(planned, execution)).toEqual({
      kind: "list",
      report: q2,
      subject: "objectives",
      objectives: recordsFixture.objectives.filter((objective) => objective.progress === "Review"),
      figures: [],
      countOnly: false,
    });
  });
});

describe("warnings stage", () => {
  it("makes a footnote warning as data, naming the measure it qualifies", () => {
    const potholes = measureOf(potholesId);
    const figure = {
      measure: potholes,
      value: potholes.values[2]!,
      blankCurrent: null,
      reportLabel: "Q2 2025-26 report",
    };
    expect(measureWarnings(figure, [])).toEqual([
      {
        kind: "footnote",
        subjects: [
          {
            measureId: potholesId,
            measure: "Number of potholes repaired",
            shortName: "Number of potholes repaired",
            report: "2025-26-q2",
            reportLabel: "Q2 2025-26 report",
            objective: "SO-12",
          },
        ],
        marker: "b",
        note: "Due to ongoing data cleansing, this data may change and should be treated as an approximation only.",
      },
    ]);
  });

  it("makes a rating warning when the printed rating is not the one the report's key gives", () => {
    const sickness = measureOf(sicknessId);
    // 4.60% against a 4.70% target, lower is better: by the key that is Good, so a printed Action is questioned.
    const misrated = { ...sickness, rating: "Action" as const };
    const warnings = measureWarnings(
      { measure: misrated, value: misrated.values[2]!, blankCurrent: null, reportLabel: "Q2 2025-26 report" },
      [],
    );
    expect(warnings.map((warning) => warning.kind)).toContain("recomputed-rating");
    expect(warnings.find((warning) => warning.kind === "recomputed-rating")).toMatchObject({
      printed: "Action",
      value: "4.60%",
      target: "4.70%",
    });
  });
});

describe("compose stage", () => {
  it("turns a warning into its text once, and merges a footnote two measures share", () => {
    const subject = (measure: string) => ({
      measureId: measure,
      measure,
      shortName: measure,
      report: "2025-26-q2",
      reportLabel: "Q2 2025-26 report",
      objective: "SO-12",
    });
    const footnote = (measure: string) => ({
      kind: "footnote" as const,
      subjects: [subject(measure)],
      marker: "c",
      note: "Provisional.",
    });
    const merged = mergeWarnings([footnote("A"), footnote("B"), footnote("A")]);
    expect(merged).toEqual([
      { kind: "footnote", subjects: [subject("A"), subject("B")], marker: "c", note: "Provisional." },
    ]);
    expect(merged.map(warningText)).toEqual([
      "Footnote (c) to A (Q2 2025-26 report, SO-12); B (Q2 2025-26 report, SO-12): Provisional.",
    ]);
  });

  it("composes the found figure into the answer with its fact, source and structured warning", () => {
    const { planning, execution } = stageContexts();
    const question = "How many potholes were repaired in Q1 2025-26?";
    const planned = planQuestion(question, planning, null);
    const answer = composeAnswer(question, planned, executePlan(planned, execution), [], execution.reports);
    expect(answer.facts).toEqual([
      {
        type: "measure",
        report: "2025-26-q2",
        reportTitle: q2.title,
        objective: "SO-12",
        measureId: potholesId,
        measure: "Number of potholes repaired",
        period: "Quarter 1 2025-26 YTD",
        value: "14,846",
        target: null,
        targetPeriod: null,
        rating: null,
        benchmark: null,
        benchmarkGroup: measureOf(potholesId).benchmarkGroup,
      },
    ]);
    expect(answer.warningDetails.map((warning) => [warning.kind, warning.text])).toEqual([
      [
        "footnote",
        "Footnote (b) to Number of potholes repaired (Q2 2025-26 report, SO-12): Due to ongoing data cleansing, this data may change and should be treated as an approximation only.",
      ],
    ]);
    expect(answer.warnings).toEqual(answer.warningDetails.map((warning) => warning.text));
  });
});
