import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { forwardImports, importCycles, importGraph } from "./import-graph.js";

const source = fileURLToPath(new URL("../../src/", import.meta.url));
const graph = importGraph(source);

// The data's path through the code, first to last. A module reaches only its own stage or the ones before it.
const stages = [["report"], ["ingest"], ["store", "search"], ["answer"], ["chart"], ["engine"], ["slack", "cli"]];

// Inside the answer stage, the pipeline's own order: a stage's folder reads only the folders before it.
const answerStages = [
  ["answer/corpus"],
  ["answer/read"],
  ["answer/period"],
  ["answer/match"],
  ["answer/plan"],
  ["answer/passages"],
  ["answer/facts"],
  ["answer/warnings"],
  ["answer/compose"],
  ["answer/llm"],
  ["answer/answer-question.ts"],
];

describe("the import graph of src/", () => {
  it("has no import cycles, type-only imports included", () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it("imports only from the same stage or earlier ones", () => {
    expect(forwardImports(graph, stages)).toEqual([]);
  });

  it("keeps the answer pipeline's folders in order", () => {
    expect(forwardImports(graph, answerStages)).toEqual([]);
  });

  it("sees the files it checks (a guard against a wrong folder)", () => {
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get("answer/answer-question.ts")).toContain("answer/plan/plan-question.ts");
  });
});

describe("the checks themselves", () => {
  it("find a cycle and a forward import in a small graph", () => {
    const small = new Map([
      ["a/one.ts", ["b/two.ts"]],
      ["b/two.ts", ["a/one.ts", "b/three.ts"]],
      ["b/three.ts", []],
    ]);
    expect(importCycles(small)).toEqual([["a/one.ts", "b/two.ts"]]);
    expect(forwardImports(small, [["a"], ["b"]])).toEqual(["a/one.ts → b/two.ts"]);
  });
});
