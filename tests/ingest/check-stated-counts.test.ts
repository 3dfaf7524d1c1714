import { describe, expect, it } from "vitest";
import { parseReport } from "../../src/ingest/parse-report.js";
import { parsedReport, quarterFile, reportText, yearEndFile } from "./parsed-reports.js";

const statedCountErrors = (text: string) =>
  parseReport(text, "cut.txt").diagnostics.filter(
    (diagnostic) =>
      diagnostic.severity === "error" &&
      /strategic objectives (?:by progress rating )?but its tables hold/.test(diagnostic.message),
  );

describe("checkStatedCounts: a truncated file against the report's own inconsistency", () => {
  it.each([
    [quarterFile, 25, 101],
    [yearEndFile, 33, 49],
  ])(
    "catches %s cut at every line boundary that loses objective rows, naming both numbers and the statement's line",
    (file, total, statementLine) => {
      const lines = reportText(file).split("\n");
      let cuts = 0;
      for (let cut = statementLine + 1; cut < lines.length; cut += 1) {
        const text = lines.slice(0, cut).join("\n") + "\n";
        const parsed = parseReport(text, "cut.txt");
        if (parsed.objectives.length === total) continue;
        cuts += 1;
        const [error] = statedCountErrors(text);
        expect(error, `cut after line ${cut}`).toMatchObject({ line: statementLine });
        expect(error!.message).toContain(
          `the report states ${total} strategic objectives but its tables hold ${parsed.objectives.length}`,
        );
      }
      expect(cuts).toBeGreaterThan(50);
    },
  );

  it("names the objectives a cut took and the last one read", () => {
    const lines = reportText(quarterFile).split("\n");
    const cut = lines.findIndex((line) => line.startsWith("SO-24\t"));
    const [error] = statedCountErrors(lines.slice(0, cut).join("\n"));
    expect(error?.message).toBe(
      "the report states 25 strategic objectives but its tables hold 23 (SO-24 and SO-25 missing after SO-23, line 236): expected every objective row (is the file truncated mid-table?)",
    );
  });

  it("uses the rating counts as the total when the report states none", () => {
    const text = reportText(quarterFile).replace("of the 25 Strategic Objectives in the Council Plan 2025-29, ", "");
    expect(parseReport(text, "q2.txt").diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    const lines = text.split("\n");
    const cut = lines.findIndex((line) => line.startsWith("SO-20\t"));
    expect(statedCountErrors(lines.slice(0, cut).join("\n"))[0]?.message).toMatch(
      /^the report counts 25 strategic objectives by progress rating but its tables hold 19 \(SO-20 to SO-25 missing after SO-19, line \d+\)/,
    );
  });

  it("warns, without stopping ingest, when the report states fewer objectives than its tables hold", () => {
    const parsed = parseReport(
      reportText(quarterFile).replace("of the 25 Strategic Objectives", "of the 24 Strategic Objectives"),
      "q2.txt",
    );
    expect(parsed.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(parsed.diagnostics).toContainEqual({
      severity: "warning",
      file: "q2.txt",
      line: 101,
      message:
        "the report's prose states 24 strategic objectives, but its tables hold 25: the report's own count differs (a cut file cannot add rows)",
    });
  });

  it("warns when the prose's rating counts differ from the tables (the report's own), as the real year-end report does", () => {
    const warnings = parsedReport(yearEndFile).diagnostics.filter(
      (diagnostic) => diagnostic.severity === "warning" && diagnostic.line === 49,
    );
    expect(warnings.map((warning) => warning.message)).toEqual([
      "the report's prose says 14 are showing good progress, but its tables rate 8 as Good (6 progress cells are blank)",
    ]);
  });

  it("warns when a stated total is not what the report's own four rating counts add up to", () => {
    const text = reportText(quarterFile).replace(
      "20 show good progress, 3 require review and 2 require action",
      "none have been completed, 20 show good progress, 3 require review and 1 requires action",
    );
    const parsed = parseReport(text.replace("none have been completed", "0 have been completed"), "q2.txt");
    expect(parsed.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(parsed.diagnostics.map((diagnostic) => diagnostic.message)).toContain(
      "the report's prose states 25 strategic objectives, but its own rating counts add up to 24",
    );
  });
});
