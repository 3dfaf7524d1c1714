import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import { citePages } from "../../src/answer/passages/cite-pages.js";
import type { RecordQueries } from "../../src/answer/corpus/record-queries.js";
import type { Objective } from "../../src/report/objective.js";

const objective = (code: string, page?: number): Objective => ({
  id: `2025-26-q2/${code}`,
  report: "2025-26-q2",
  code,
  outcome: "Place",
  title: "t",
  expectedCompletion: "Mar 2027",
  progress: "Good",
  commentary: "c",
  line: 10,
  ...(page === undefined ? {} : { page }),
});
const queries = (objectives: Objective[]): RecordQueries => ({
  findMeasures: () => [],
  findSeries: () => [],
  findObjectives: (filter) =>
    objectives.filter(
      (candidate) => candidate.report === filter.report && (filter.codes ?? []).includes(candidate.code),
    ),
});
const answer = (sources: Answer["sources"]): Omit<Answer, "timings"> =>
  ({
    question: "q",
    status: "answered",
    answer: "a",
    facts: [],
    sources,
    restated: { figures: [], quotes: [] },
    choices: [],
    warnings: [],
    warningDetails: [],
    plan: {} as Answer["plan"],
  }) as Omit<Answer, "timings">;

describe("citePages", () => {
  it("gives a quoted objective's source the page its row starts on, and leaves the rest as they were", () => {
    const cited = citePages(
      answer([
        { report: "2025-26-q2", reportTitle: "Q2", objective: "SO-12", quote: "Potholes…" },
        { report: "2025-26-q2", reportTitle: "Q2", objective: "SO-12", quote: "Table: …", page: 12 },
        { report: "2025-26-q2", reportTitle: "Q2", objective: null, quote: "Achievement…" },
        { report: "2025-26-q2", reportTitle: "Q2", objective: "SO-03", quote: "From a text export…" },
      ]),
      queries([objective("SO-12", 19), objective("SO-03")]),
    );
    expect(cited.sources.map((source) => source.page ?? null)).toEqual([19, 12, null, null]);
  });
});
