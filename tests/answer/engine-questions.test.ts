import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerSchema } from "../../src/answer/answer.js";
import { type CheckedQuestion, judgeAnswer, reportNumbers, unsupportedFigures } from "../support/judge-answer.js";
import { loadTestEngine } from "../support/load-test-engine.js";

const questions = JSON.parse(readFileSync(new URL("./questions.json", import.meta.url), "utf8")) as CheckedQuestion[];
const printed = reportNumbers("data/reports");
let loaded: Awaited<ReturnType<typeof loadTestEngine>>;

beforeAll(async () => {
  loaded = await loadTestEngine();
});
afterAll(() => loaded.dispose());

describe("the offline engine on the project's own question set", () => {
  it("has at least 60 questions covering every intent and both reports", () => {
    expect(questions.length).toBeGreaterThanOrEqual(60);
    const categories = new Set(questions.map((question) => question.cat));
    for (const category of [
      "figure",
      "trend",
      "list",
      "count",
      "explain",
      "summary",
      "draft",
      "unanswerable",
      "conflict",
      "footnote",
      "period",
    ]) {
      expect(categories).toContain(category);
    }
  });

  it.each(questions.map((question) => [question.id, question] as const))(
    "%s answers as its checks ask",
    async (_id, question) => {
      const answer = answerSchema.parse(await loaded.engine.ask(question.q, { previousPlan: null }));
      expect(judgeAnswer(question, answer)).toBeNull();
      expect(unsupportedFigures(answer, printed)).toEqual([]);
    },
  );
});
