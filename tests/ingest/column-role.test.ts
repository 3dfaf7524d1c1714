import { describe, expect, it } from "vitest";
import { columnRole } from "../../src/ingest/column-role.js";

function roles(kind: "measure" | "objective", headers: readonly string[]): (string | null)[] {
  return headers.map((header) => columnRole(kind, header, 1)?.role ?? null);
}

describe("columnRole", () => {
  it("reads a value column from any header that names only a period", () => {
    expect(
      roles("measure", [
        "Quarter 3 2024-25 YTD",
        "Q3 2025/26",
        "Quarter 3 2025–26 YTD",
        "Year End 2025-26",
        "2025- 26 (YTD)",
        "2022-2023 Year End",
        "Same quarter 2023-24 (YTD)",
        "Latest data (YTD)",
        "Latest data",
      ]),
    ).toEqual(Array(9).fill("value"));
  });

  it("reads targets, ratings and benchmarks whatever period qualifies them", () => {
    expect(
      roles("measure", [
        "Performance Target at Q3",
        "Target 2025/26",
        "Annual Target",
        "Target for Year End 2025-26",
        "Quarter 3 Target",
        "Target (Q3)",
        "2024-2025 Target",
      ]),
    ).toEqual(Array(7).fill("target"));
    expect(
      roles("measure", [
        "Latest Performance against target",
        "Latest Perform ance against target (YTD)",
        "Performance vs Target",
        "Performance Rating",
        "RAG Rating",
      ]),
    ).toEqual(Array(5).fill("rating"));
    expect(
      roles("measure", ["Latest Benchmark", "Latest Bench mark (YTD)", "Latest Benchmark (2023-24)", "Benchmark 2024"]),
    ).toEqual(Array(4).fill("benchmark"));
    expect(
      roles("measure", [
        "Benchmark Group",
        "Benchmark Source",
        "Comparator Group",
        "Reporting Frequency",
        "Latest data as at",
        "Data as at",
      ]),
    ).toEqual(["benchmarkGroup", "benchmarkGroup", "benchmarkGroup", "frequency", "latestDataAsAt", "latestDataAsAt"]);
  });

  it("reads objective columns worded differently", () => {
    expect(
      roles("objective", [
        "Strategic Objective",
        "Expected Completion",
        "Completion Date",
        "Progress",
        "Q3 Progress",
        "Progress at Q3",
        "Comments",
        "Commentary",
      ]),
    ).toEqual([
      "title",
      "expectedCompletion",
      "expectedCompletion",
      "progress",
      "progress",
      "progress",
      "commentary",
      "commentary",
    ]);
  });

  it("knows columns the records have no field for", () => {
    expect(roles("measure", ["Direction of Travel", "Trend"])).toEqual(["unkept", "unkept"]);
    expect(roles("objective", ["Previous Progress", "Last Quarter Progress", "Direction of Travel"])).toEqual([
      "unkept",
      "unkept",
      "unkept",
    ]);
  });

  it("does not know a header outside the family's vocabulary, nor one that names no period and no role", () => {
    expect(roles("measure", ["Benchmark Cluster", "Owner", "Comments", "Latest", "Data", ""])).toEqual(
      Array(6).fill(null),
    );
    expect(roles("objective", ["Owner", "Lead Officer", "Measure"])).toEqual(Array(3).fill(null));
  });

  it("reads the first column as the code column only", () => {
    expect(
      ["No.", "No", "Ref", "Strategic Objective", "Objective"].map((header) => columnRole("measure", header, 0)?.role),
    ).toEqual(Array(5).fill("code"));
    expect(columnRole("measure", "Measure", 0)).toBeNull();
    expect(columnRole("measure", "No.", 2)).toBeNull();
  });
});
