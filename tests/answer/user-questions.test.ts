import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerSchema } from "../../src/answer/answer.js";
import { type CheckedQuestion, judgeAnswer, reportNumbers, unsupportedFigures } from "../support/judge-answer.js";
import { loadTestEngine } from "../support/load-test-engine.js";

// Questions worded the way managers and briefing officers type them, written from the report texts alone (never
// from the engine), split once into a tuning half (rules were adjusted on it) and a held-out half (measured only).
const load = (file: string) => JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8")) as CheckedQuestion[];
const sets = {
  tuning: load("./user-questions-tuning.json"),
  heldOut: load("./user-questions-held-out.json"),
  // Five later sets of questions of every kind, written the same way; tuned on, like the tuning half.
  probes: [
    "./user-questions-probe.json",
    "./user-questions-probe2.json",
    "./user-questions-probe3.json",
    "./user-questions-probe4.json",
    "./user-questions-probe5.json",
  ].flatMap(load),
  // A sixth to a ninth set, written late and in looser paraphrase.
  probe6: load("./user-questions-probe6.json"),
  probe7: load("./user-questions-probe7.json"),
  probe8: load("./user-questions-probe8.json"),
  probe9: load("./user-questions-probe9.json"),
};
const printed = reportNumbers("data/reports");
let loaded: Awaited<ReturnType<typeof loadTestEngine>>;

beforeAll(async () => {
  loaded = await loadTestEngine();
});
afterAll(() => loaded.dispose());

async function score(questions: readonly CheckedQuestion[]) {
  const failures: { id: string; why: string }[] = [];
  const unsupported: { id: string; figures: string[] }[] = [];
  let unanswerableAnswered = 0;
  for (const question of questions) {
    const answer = answerSchema.parse(await loaded.engine.ask(question.q, { previousPlan: null }));
    const why = judgeAnswer(question, answer);
    if (why) failures.push({ id: question.id, why });
    if (question.status === "not_found" && answer.status !== "not_found") unanswerableAnswered += 1;
    const figures = unsupportedFigures(answer, printed);
    if (figures.length > 0) unsupported.push({ id: question.id, figures });
  }
  return {
    passed: questions.length - failures.length,
    failures,
    unsupported,
    unanswerable: questions.filter((question) => question.status === "not_found").length,
    unanswerableAnswered,
  };
}

describe("questions worded the way people ask", () => {
  it("answers at least 88% of the held-out half, refuses nearly every unanswerable one and never states a figure the reports lack", async () => {
    const result = await score(sets.heldOut);
    expect(sets.heldOut.length).toBeGreaterThanOrEqual(150);
    // Measured 145 of 181 when the first floor was set, 162 of 181 now (the engine before reading questions: 95).
    expect(result.passed / sets.heldOut.length).toBeGreaterThanOrEqual(0.88);
    expect(result.unanswerableAnswered / result.unanswerable).toBeLessThanOrEqual(0.1);
    expect(result.unsupported).toEqual([]);
  });

  it("keeps the tuning half at the level the rules reached on it", async () => {
    const result = await score(sets.tuning);
    // Measured 180 of 184 (before: 93; after the first round: 154).
    expect(result.passed / sets.tuning.length).toBeGreaterThanOrEqual(0.96);
    expect(result.unsupported).toEqual([]);
  });

  it("keeps the probe sets at the level the rules reached on them", async () => {
    const result = await score(sets.probes);
    expect(sets.probes.length).toBe(328);
    // Measured 32 + 43 + 61 + 48 + 51 of 48 + 70 + 80 + 70 + 60 when each was first scored; 312 of 328 now.
    expect(result.passed / sets.probes.length).toBeGreaterThanOrEqual(0.9);
    expect(result.unanswerableAnswered).toBe(0);
    expect(result.unsupported).toEqual([]);
  });

  // Probe 6: 45 of 80 at first sight (1 of its 12 unanswerables answered), 53 after round 5, 66 after round 6.
  // Probe 7: 57 of 70 at first sight (0 of 8 unanswerables answered), 61 after round 6.
  // Probe 8: 48 of 70 at first sight (2 of 8 unanswerables answered), 59 after round 7 (1 answered).
  // Probe 9: 50 of 80 at first sight (4 of 10 unanswerables answered), 59 after round 8 (4 answered).
  it.each([
    { name: "probe6" as const, size: 80, floor: 0.75, unanswerableAnswered: 1 },
    { name: "probe7" as const, size: 70, floor: 0.8, unanswerableAnswered: 0 },
    { name: "probe8" as const, size: 70, floor: 0.8, unanswerableAnswered: 1 },
    { name: "probe9" as const, size: 80, floor: 0.7, unanswerableAnswered: 4 },
  ])("keeps the late $name set at the level measured", async ({ name, size, floor, unanswerableAnswered }) => {
    const result = await score(sets[name]);
    expect(sets[name].length).toBe(size);
    expect(result.passed / size).toBeGreaterThanOrEqual(floor);
    expect(result.unanswerableAnswered).toBeLessThanOrEqual(unanswerableAnswered);
    expect(result.unsupported).toEqual([]);
  });
});
