import { describe, expect, it } from "vitest";
import { measureAliases } from "../../../src/answer/corpus/measure-aliases.js";
import { matchQuestion } from "../../../src/answer/match/match-question.js";
import { buildCorpus } from "../../../src/answer/corpus/build-corpus.js";
import { weighTerms } from "../../../src/answer/corpus/term-index.js";
import { topicTerms } from "../../../src/answer/corpus/topic-terms.js";
import type { Chunk } from "../../../src/search/chunk.js";
import { recordsFixture } from "../../search/records-fixture.js";

const [potholes, sickness] = recordsFixture.measures;

function passage(report: string, text: string): { chunk: Chunk; sentences: { text: string }[] } {
  const chunk: Chunk = {
    id: `${report}/SO-12/commentary-9`,
    report,
    period: "Quarter 2 2025-26",
    objective: "SO-12",
    measure: null,
    outcome: "Place",
    kind: "commentary",
    text,
    context: "",
  };
  return { chunk, sentences: [{ text }] };
}

describe("measureAliases", () => {
  it("links the clause that states a measure's own printed figure to that measure", () => {
    const report = potholes!.report;
    const aliases = measureAliases(recordsFixture.measures, [
      passage(report, "Road crews fixed 28,024 carriageway holes, and the backlog fell."),
      // The same figure in another report's prose says nothing of this report's measure.
      passage("another-report", "In all 28,024 holes were filled."),
      // A target is not the measure's figure.
      passage(report, "Absence stays below the 4.70% target."),
    ]);
    expect(aliases.get(potholes!.id)).toEqual(["Road crews fixed 28,024 carriageway holes"]);
    expect(aliases.get(sickness!.id)).toBeUndefined();
  });

  it("lets a question worded like the commentary reach the measure, a little below its own name", () => {
    const corpus = buildCorpus(recordsFixture, [
      passage(potholes!.report, "Road crews fixed 28,024 carriageway holes this year.").chunk,
    ]);
    const weighed = (question: string) => weighTerms(corpus.index, topicTerms(question));
    const byCommentary = matchQuestion(weighed("carriageway holes fixed"), corpus).measures[0];
    expect(byCommentary?.item.id).toBe(potholes!.id);
    expect(byCommentary?.coverage).toBeCloseTo(0.9);
    expect(matchQuestion(weighed("potholes repaired"), corpus).measures[0]?.coverage).toBe(1);
  });
});
