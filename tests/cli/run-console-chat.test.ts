import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Answer, AskQuestion } from "../../src/answer/answer.js";
import type { Plan } from "../../src/answer/plan/plan.js";
import { runConsoleChat } from "../../src/cli/run-console-chat.js";
import { parsedReport, quarterFile, yearEndFile } from "../ingest/parsed-reports.js";

const plan: Plan = {
  intent: "figure",
  objectives: [],
  measures: ["m"],
  outcome: null,
  report: null,
  period: null,
  ratings: [],
  subject: null,
  topic: "potholes",
};

function answerTo(question: string): Answer {
  return {
    question,
    status: "answered",
    answer: `answer to ${question}`,
    facts: [],
    sources: [],
    restated: { figures: [], quotes: [] },
    warnings: ["a warning"],
    warningDetails: [{ kind: "note", subjects: [], note: "a warning", text: "a warning" }],
    plan: { ...plan, topic: question },
    timings: {},
  };
}

async function chat(lines: string, ask: AskQuestion): Promise<string> {
  const output = new PassThrough();
  let text = "";
  output.on("data", (chunk) => (text += String(chunk)));
  const reports = [quarterFile, yearEndFile].map((file) => parsedReport(file).report!);
  await runConsoleChat({ ask, reports, input: Readable.from([lines]), output, interactive: false });
  return text;
}

describe("runConsoleChat", () => {
  it("answers each line, passes the previous plan for follow-ups, and stops at quit", async () => {
    const seen: (Plan | null)[] = [];
    const output = await chat("How many potholes?\nand last year?\nquit\nnever asked\n", async (question, context) => {
      seen.push(context.previousPlan);
      return answerTo(question);
    });
    expect(output).toContain("answer to How many potholes?");
    expect(output).toContain("⚠ a warning");
    expect(output).toContain("answer to and last year?");
    expect(output).not.toContain("never asked");
    expect(seen).toEqual([null, { ...plan, topic: "How many potholes?" }]);
  });

  it("lists the loaded reports and shows help", async () => {
    const output = await chat("reports\nhelp\n", async (question) => answerTo(question));
    expect(output).toContain("Performance Report Quarter 2 2025 to 2026");
    expect(output).toContain("Performance Report 2024-25 Year End");
    expect(output).toContain("Commands: help, reports, new");
  });

  it("keeps going after the engine fails on one question", async () => {
    const output = await chat("first\nsecond\n", async (question) => {
      if (question === "first") throw new Error("engine broke");
      return answerTo(question);
    });
    expect(output).toContain("Sorry, something went wrong answering that: engine broke");
    expect(output).toContain("answer to second");
  });
});
