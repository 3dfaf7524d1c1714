import { describe, expect, it } from "vitest";
import { buildChunks } from "../../src/search/build-chunks.js";
import { chunkSchema } from "../../src/search/chunk.js";
import { recordsFixture } from "./records-fixture.js";

const chunks = buildChunks(recordsFixture);
const byKind = (kind: string) => chunks.filter((chunk) => chunk.kind === kind);

describe("buildChunks", () => {
  it("gives every chunk a unique id and the report's id and period label", () => {
    expect(chunks.every((chunk) => chunkSchema.safeParse(chunk).success)).toBe(true);
    expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(chunks.length);
    expect(new Set(chunks.map((chunk) => `${chunk.report} ${chunk.period}`))).toEqual(
      new Set(["2025-26-q2 Quarter 2 2025-26"]),
    );
  });

  it("makes one chunk per objective of its title, with the code and outcome as context", () => {
    expect(byKind("objective").map(({ objective, text, context }) => ({ objective, text, context }))).toEqual([
      { objective: "SO-12", text: recordsFixture.objectives[0]!.title, context: "SO-12 Place" },
      { objective: "SO-21", text: recordsFixture.objectives[1]!.title, context: "SO-21 The Council" },
    ]);
  });

  it("cuts a long commentary into windows of at most 150 words that together are the commentary word for word", () => {
    const windows = byKind("commentary").filter((chunk) => chunk.objective === "SO-12");
    expect(windows.length).toBe(3);
    expect(windows.every((chunk) => chunk.text.split(/\s+/).length <= 150)).toBe(true);
    expect(windows.map((chunk) => chunk.text).join(" ")).toBe(recordsFixture.objectives[0]!.commentary);
    expect(windows[0]!.context).toBe(`SO-12 ${recordsFixture.objectives[0]!.title}`);
  });

  it("makes one chunk per measure of its name, with its objective's title and its notes as context", () => {
    const potholes = byKind("measure").find((chunk) => chunk.text === "Number of potholes repaired")!;
    expect(potholes).toMatchObject({
      objective: "SO-12",
      measure: "2025-26-q2/SO-12/number-of-potholes-repaired",
      outcome: "Place",
    });
    expect(potholes.context).toContain("innovative highways service");
    expect(potholes.context).toContain("treated as an approximation only");
  });

  it("makes one chunk per distinct footnote, tied to the measure it qualifies", () => {
    expect(byKind("footnote")).toEqual([
      expect.objectContaining({
        objective: "SO-12",
        measure: "2025-26-q2/SO-12/number-of-potholes-repaired",
        text: "Due to ongoing data cleansing, this data may change and should be treated as an approximation only.",
      }),
    ]);
  });

  it("keeps the introduction, the summary sentence and each achievements bullet as report-wide chunks", () => {
    expect(byKind("introduction").map((chunk) => chunk.text)).toEqual([recordsFixture.reports[0]!.introduction]);
    expect(byKind("summary").map((chunk) => chunk.text)).toEqual([recordsFixture.reports[0]!.statedCounts!.sentence]);
    expect(byKind("achievement").map((chunk) => [chunk.outcome, chunk.objective])).toEqual([
      ["Place", null],
      ["The Council", null],
    ]);
  });

  it("returns no chunks for empty records", () => {
    expect(buildChunks({ reports: [], objectives: [], measures: [] })).toEqual([]);
  });
});
