import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { answerSchema } from "../../src/answer/answer.js";

const run = (args: string[], input = "") =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/ask.ts", ...args], {
    input,
    encoding: "utf8",
    env: { ...process.env, OPENAI_API_KEY: "" },
    timeout: 60_000,
  });

describe("npm run ask", () => {
  it("answers one JSON object per input line, in order, with --jsonl", () => {
    const result = run(
      ["--jsonl"],
      "How many potholes have been repaired?\n\nWhich objectives are rated Action?\nHow many electric buses does the council operate?\n",
    );
    expect(result.status).toBe(0);
    const answers = result.stdout
      .trim()
      .split("\n")
      .map((line) => answerSchema.parse(JSON.parse(line)));
    expect(answers.map((answer) => answer.question)).toEqual([
      "How many potholes have been repaired?",
      "Which objectives are rated Action?",
      "How many electric buses does the council operate?",
    ]);
    expect(answers.map((answer) => answer.status)).toEqual(["answered", "answered", "not_found"]);
    expect(answers[0]?.answer).toContain("28,024");
  });

  it("prints one JSON object with --json and a readable answer without it", () => {
    const json = run(["--json", "What", "is", "the", "rate", "of", "permanent", "exclusions?"]);
    expect(json.status).toBe(0);
    expect(answerSchema.parse(JSON.parse(json.stdout)).answer).toContain("0.21");
    const text = run(["How many potholes have been repaired?"]);
    expect(text.stdout).toContain("28,024");
    expect(text.stdout).toContain("⚠ Footnote (b)");
    expect(text.stdout).toContain("Sources:");
  });

  it("shows its usage and fails without a question", () => {
    const result = run([]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("Usage: ask");
  });
});
