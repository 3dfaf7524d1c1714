import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getEncoding } from "js-tiktoken";
import { describe, expect, it } from "vitest";
import { buildDraftPrompt } from "../../src/answer/llm/build-draft-prompt.js";
import { buildPlanPrompt } from "../../src/answer/llm/build-plan-prompt.js";
import { loadPrompt } from "../../src/answer/llm/load-prompt.js";
import { catalogue, potholesPlan } from "./llm-catalogue-fixture.js";

function promptDirectory(template: string): string {
  const directory = mkdtempSync(join(tmpdir(), "prompts-"));
  writeFileSync(join(directory, "example.md"), template);
  return directory;
}

describe("loadPrompt", () => {
  it("fills each placeholder once and leaves JSON braces and braces inside values alone", () => {
    const directory = promptDirectory('Answer {question} as {"intent": "figure"}.\nAgain: {question}\n');
    expect(loadPrompt("example", { question: "why {this}?" }, directory)).toBe(
      'Answer why {this}? as {"intent": "figure"}.\nAgain: why {this}?',
    );
  });

  it("joins a list one item per line and writes (none) for an empty list", () => {
    const directory = promptDirectory("Facts:\n{facts}\nPassages:\n{passages}");
    expect(loadPrompt("example", { facts: ["- 28,024", "- 53%"], passages: [] }, directory)).toBe(
      "Facts:\n- 28,024\n- 53%\nPassages:\n(none)",
    );
  });

  it("throws when a placeholder has no value or a value has no placeholder", () => {
    const directory = promptDirectory("Facts: {facts}");
    expect(() => loadPrompt("example", {}, directory)).toThrow("prompts/example.md: no value for {facts}");
    expect(() => loadPrompt("example", { facts: "none", passages: "none" }, directory)).toThrow(
      "prompts/example.md: no placeholder for {passages}",
    );
  });
});

describe("buildPlanPrompt", () => {
  it("keeps the planner prompt within 2,000 tokens with a 30-line catalogue and a previous plan", () => {
    const encoding = getEncoding("o200k_base");
    const prompt = buildPlanPrompt({
      question: "and how does that compare with the end of 2024-25?",
      previousPlan: potholesPlan,
      catalogue,
    });
    expect(catalogue.objectives.length + catalogue.measures.length).toBeGreaterThanOrEqual(29);
    expect(encoding.encode(prompt.system).length + encoding.encode(prompt.user).length).toBeLessThanOrEqual(2_000);
  });

  it("shortens long titles to their first twenty words", () => {
    const prompt = buildPlanPrompt({ question: "q", previousPlan: null, catalogue });
    expect(prompt.system).toContain(
      "- 2025-26-q2 SO-23: Support and deliver increased efficiency and effectiveness through best value service reviews of non-statutory charged for services to achieve service…\n",
    );
  });

  it("says (none) for an empty part of the catalogue rather than leaving it blank", () => {
    const prompt = buildPlanPrompt({
      question: "q",
      previousPlan: null,
      catalogue: { reports: catalogue.reports, objectives: [], measures: [] },
    });
    expect(prompt.system).toContain("Objectives that may be relevant:\n(none)\n");
    expect(prompt.system).toContain("Measures that may be relevant:\n(none)\n");
  });
});

describe("buildDraftPrompt", () => {
  it("describes objective and derived facts, and cites a passage by its report's title when a fact gives it", () => {
    const prompt = buildDraftPrompt({
      question: "Is highways on track?",
      facts: [
        {
          type: "objective",
          report: "2025-26-q2",
          reportTitle: "Performance Report Quarter 2 2025 to 2026",
          code: "SO-12",
          title: "Deliver a safe highways service",
          progress: null,
          expectedCompletion: "Mar 2026",
        },
        {
          type: "derived",
          derived: { op: "difference", from: ["28,024", "14,846"] },
          value: "13,178",
          description: "potholes repaired in Quarter 2 alone",
        },
      ],
      passages: [
        {
          report: "2025-26-q2",
          objective: "SO-12",
          text: "The County Council is investing more capital in maintaining and improving our highways network than ever before.",
        },
        { report: "2024-25-year-end", objective: null, text: "Welcome to the council's performance report." },
      ],
    });
    expect(prompt.user).toBe("Is highways on track?");
    expect(prompt.system).toContain(
      '- [Performance Report Quarter 2 2025 to 2026, SO-12] objective "Deliver a safe highways service": progress blank (awaiting update); expected completion Mar 2026',
    );
    expect(prompt.system).toContain("- computed: potholes repaired in Quarter 2 alone = 13,178");
    expect(prompt.system).toContain(
      '- [Performance Report Quarter 2 2025 to 2026, SO-12] "The County Council is investing more capital',
    );
    expect(prompt.system).toContain(
      '- [2024-25-year-end, whole report] "Welcome to the council\'s performance report."',
    );
  });
});
