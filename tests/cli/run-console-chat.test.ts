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
    choices: [],
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

  it("numbers a not-found answer's choices and asks the one whose number is typed; a number with none to choose asks nothing", async () => {
    const asked: string[] = [];
    const output = await chat("3\npotholes in 2019\n9\n2\n", async (question) => {
      asked.push(question);
      return question === "potholes in 2019"
        ? {
            ...answerTo(question),
            status: "not_found",
            choices: [
              { label: "Number of potholes repaired", question: "Number of potholes repaired" },
              { label: "Percentage of roads repaired", question: "Percentage of roads repaired" },
            ],
          }
        : answerTo(question);
    });
    expect(asked).toEqual(["potholes in 2019", "Percentage of roads repaired"]);
    expect(output).toContain("There is nothing numbered to choose from");
    expect(output).toContain("  1. Number of potholes repaired\n  2. Percentage of roads repaired");
    expect(output).toContain("Asking: Percentage of roads repaired");
    expect(output).toContain("Choose 1 to 2, or ask a question.");
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
