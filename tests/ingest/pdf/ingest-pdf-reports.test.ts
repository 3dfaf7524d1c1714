import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../../src/ingest/format-diagnostic.js";
import { defaultIngestLimits, type IngestLimits } from "../../../src/ingest/ingest-limits.js";
import { ingestIntoStore } from "../../../src/engine/ingest-into-store.js";
import { openStore } from "../../../src/store/open-store.js";
import { readRecords } from "../../../src/store/read-records.js";

const quarter = "performance-report-2025-26-q2";
const yearEnd = "performance-report-2024-25-year-end";
let directory: string;
let reports: string;
let databasePath: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), "ingest-pdf-"));
  reports = join(directory, "reports");
  databasePath = join(directory, "records.sqlite");
  mkdirSync(reports);
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

const addPdfs = (layout: string) => {
  for (const report of [quarter, yearEnd])
    copyFileSync(`tests/fixtures/pdf/${report}.${layout}.pdf`, join(reports, `${report}.pdf`));
};
const ingest = (limits: IngestLimits = defaultIngestLimits, log?: (line: string) => void) =>
  ingestIntoStore({ reportsDirectory: reports, databasePath, limits, ...(log ? { log } : {}) });

describe("ingesting PDF reports", () => {
  it("loads only PDFs into the same counts as the text exports, each record with its page", async () => {
    addPdfs("portrait-rules");
    const result = await ingest();
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === "error")).toEqual([]);
    expect(result.ok).toBe(true);
    const database = openStore(databasePath);
    const records = readRecords(database);
    database.close();
    const count = (report: string) => [
      records.objectives.filter((objective) => objective.report === report).length,
      records.measures.filter((measure) => measure.report === report).length,
    ];
    expect([count("2025-26-q2"), count("2024-25-year-end")]).toEqual([
      [25, 48],
      [33, 39],
    ]);
    expect(records.measures.every((measure) => (measure.page ?? 0) >= 1)).toBe(true);
  });

  it("reads a report given both as PDF and text once, from the PDF, and says so", async () => {
    addPdfs("landscape-grid");
    copyFileSync(`data/reports/${quarter}.txt`, join(reports, `${quarter}.txt`));
    const lines: string[] = [];
    const result = await ingest(defaultIngestLimits, (line) => lines.push(line));
    expect(result.ok).toBe(true);
    expect(result.records.objectives).toHaveLength(58);
    expect(lines).toContain(
      `${quarter}.txt: the same report as ${quarter}.pdf, which is used (its records cite pages)`,
    );
  });

  const bad: [string, string][] = [
    ["renamed-text.pdf", "renamed-text.pdf is not a PDF: it has no %PDF- header"],
    ["truncated.pdf", "truncated.pdf is not a valid PDF: the file is corrupt or truncated"],
    ["encrypted.pdf", "encrypted.pdf is encrypted (password-protected): save an unprotected copy and ingest that"],
    ["image-only.pdf", "image-only.pdf has no text layer: it is a scanned or image-only PDF and needs OCR first"],
    [
      "agenda.pdf",
      'agenda.pdf:page 1 not a performance report: expected a first line "Performance Report …", found "Cabinet Agenda"',
    ],
  ];
  it.each(bad)("refuses %s in one line naming the file, and leaves the store as it was", async (file, message) => {
    addPdfs("landscape-grid");
    expect((await ingest()).ok).toBe(true);
    const before = readFileSync(databasePath);
    copyFileSync(`tests/fixtures/pdf/bad/${file}`, join(reports, file));
    const result = await ingest();
    expect(result.ok).toBe(false);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === "error").map(formatDiagnostic)).toEqual([
      `error ${message}`,
    ]);
    expect(readFileSync(databasePath).equals(before)).toBe(true);
  });

  it("refuses a PDF over the page limit, naming the variable that raises it", async () => {
    addPdfs("portrait-rules");
    const result = await ingest({ ...defaultIngestLimits, maxPdfPages: 10 });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.filter((diagnostic) => diagnostic.severity === "error").map(formatDiagnostic)).toEqual([
      `error ${yearEnd}.pdf has 11 pages, over the limit of 10 pages for a PDF report (INGEST_MAX_PDF_PAGES raises it)`,
    ]);
  });
});
