import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseReport, type ParsedReport } from "../../../src/ingest/parse-report.js";
import { pdfToReportText } from "../../../src/ingest/pdf/pdf-to-report-text.js";
import { placeOnPages } from "../../../src/ingest/place-on-pages.js";

/** A record without its source position: the line of the text export, or the PDF page. */
function withoutPosition<Record extends { line: number; page?: number }>(
  record: Record,
): Omit<Record, "line" | "page"> {
  const { line: _line, page: _page, ...rest } = record;
  return rest;
}

function comparable(parsed: ParsedReport) {
  return {
    report: parsed.report && {
      ...parsed.report,
      file: "",
      achievements: parsed.report.achievements.map((achievement) => ({ ...achievement, line: 0 })),
    },
    objectives: parsed.objectives.map(withoutPosition),
    measures: parsed.measures.map((measure) => ({
      ...withoutPosition(measure),
      notes: measure.notes.map(withoutPosition),
    })),
    errors: parsed.diagnostics.filter((diagnostic) => diagnostic.severity === "error"),
  };
}

const reports = ["performance-report-2025-26-q2", "performance-report-2024-25-year-end"];
/** Two generators written apart (the second without sight of the reader), two layouts each. */
const layouts = [
  "landscape-grid",
  "portrait-rules",
  "second-generator/landscape-grid",
  "second-generator/portrait-rules",
];
const pdfPath = (report: string, layout: string) =>
  layout.startsWith("second-generator/")
    ? `tests/fixtures/pdf/second-generator/${report}.${layout.slice("second-generator/".length)}.pdf`
    : `tests/fixtures/pdf/${report}.${layout}.pdf`;
/**
 * The one place a PDF cannot say what the text says: a commentary row split over a page break exactly between two
 * paragraphs, whose break the page break hides; read as one paragraph joined with a space.
 */
const hiddenBreaks: Record<string, { code: string; before: string }> = {
  "performance-report-2024-25-year-end/second-generator/landscape-grid": {
    code: "SO-01",
    before: "The Disability Employer Partnership Forum",
  },
};

describe("a PDF report reads to the records of its text export", () => {
  for (const report of reports) {
    const fromText = parseReport(readFileSync(`data/reports/${report}.txt`, "utf8"), `${report}.txt`);
    for (const layout of layouts) {
      it(`${report}, ${layout} layout: every objective and measure equal, each with a page`, async () => {
        const laidOut = await pdfToReportText(readFileSync(pdfPath(report, layout)), {
          maxPages: 300,
          pageLimitVariable: "INGEST_MAX_PDF_PAGES",
        });
        if (!laidOut.success) throw new Error(laidOut.message);
        const fromPdf = placeOnPages(parseReport(laidOut.text, `${report}.pdf`), laidOut.pages);
        const hidden = hiddenBreaks[`${report}/${layout}`];
        const expected = comparable(fromText);
        if (hidden) {
          const objective = expected.objectives.find((candidate) => candidate.code === hidden.code);
          if (objective === undefined || !objective.commentary.includes(`\n\n${hidden.before}`))
            throw new Error(`expected a paragraph break before "${hidden.before}"`);
          objective.commentary = objective.commentary.replace(`\n\n${hidden.before}`, ` ${hidden.before}`);
        }
        expect(comparable(fromPdf)).toEqual(expected);
        expect(fromPdf.objectives.length + fromPdf.measures.length).toBeGreaterThan(60);
        for (const record of [...fromPdf.objectives, ...fromPdf.measures])
          expect(record.page).toBeGreaterThanOrEqual(1);
        expect(Math.max(...fromPdf.measures.map((measure) => measure.page ?? 0))).toBeLessThanOrEqual(
          laidOut.pageCount,
        );
      });
    }
  }

  it("puts the potholes measure on the page that prints it, with its footnote", async () => {
    const bytes = readFileSync("tests/fixtures/pdf/performance-report-2025-26-q2.landscape-grid.pdf");
    const laidOut = await pdfToReportText(bytes, { maxPages: 300, pageLimitVariable: "INGEST_MAX_PDF_PAGES" });
    if (!laidOut.success) throw new Error(laidOut.message);
    const potholes = placeOnPages(parseReport(laidOut.text, "q2.pdf"), laidOut.pages).measures.find(
      (measure) => measure.name === "Number of potholes repaired",
    );
    expect(potholes?.values.map((value) => [value.value, value.markers])).toEqual([
      ["", []],
      ["14,846", ["b"]],
      ["28,024", ["b"]],
    ]);
    expect(potholes?.notes.map((note) => note.marker)).toEqual(["b"]);
    expect(potholes?.page).toBe(12);
  });
});
