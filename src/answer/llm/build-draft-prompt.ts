import type { Fact } from "../answer.js";
import { loadPrompt } from "./load-prompt.js";

/** A passage of report text the draft may quote: the report's own words with where they came from. */
export type DraftPassage = { readonly report: string; readonly objective: string | null; readonly text: string };

export type DraftPrompt = { readonly system: string; readonly user: string };

/** The drafter's messages: `prompts/answer.md` filled with the facts and passages as the system message, the question alone as the user message. */
export function buildDraftPrompt(input: {
  question: string;
  facts: readonly Fact[];
  passages: readonly DraftPassage[];
}): DraftPrompt {
  const reportTitles = new Map(
    input.facts.flatMap((fact) => (fact.type === "derived" ? [] : [[fact.report, fact.reportTitle] as const])),
  );
  const system = loadPrompt("answer", {
    facts: input.facts.map(describeFact),
    passages: input.passages.map(
      (passage) =>
        `- [${reportTitles.get(passage.report) ?? passage.report}, ${passage.objective ?? "whole report"}] "${passage.text.trim()}"`,
    ),
  });
  return { system, user: input.question };
}

function describeFact(fact: Fact): string {
  switch (fact.type) {
    case "measure": {
      const details = [
        `${fact.period}: ${fact.value || "blank"}`,
        fact.target ? `target ${fact.target}${fact.targetPeriod ? ` (${fact.targetPeriod})` : ""}` : null,
        fact.rating ? `rating ${fact.rating}` : null,
        // The group alone still says something ("Not Comparable", "New Local Measure").
        fact.benchmark || fact.benchmarkGroup
          ? `benchmark ${fact.benchmark ?? "none"}${fact.benchmarkGroup ? ` (${fact.benchmarkGroup})` : ""}`
          : null,
      ];
      return `- [${fact.reportTitle}, ${fact.objective}] "${fact.measure}": ${details.filter(Boolean).join("; ")}`;
    }
    case "objective":
      return `- [${fact.reportTitle}, ${fact.code}] objective "${fact.title}": progress ${fact.progress ?? "blank (awaiting update)"}; expected completion ${fact.expectedCompletion}`;
    case "derived":
      return `- computed: ${fact.description} = ${fact.value}`;
  }
}
