import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultIngestLimits, type IngestLimits } from "../../src/ingest/ingest-limits.js";
import { ingestIntoStore } from "../../src/engine/ingest-into-store.js";
import { readReportFile } from "../../src/ingest/read-report-file.js";
import { quarterFile, reportsDirectory, yearEndFile } from "./parsed-reports.js";

let directory: string;
let reports: string;
let databasePath: string;

beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), "read-report-file-"));
  reports = join(directory, "reports");
  databasePath = join(directory, "generated", "records.sqlite");
  mkdirSync(reports);
  for (const file of [quarterFile, yearEndFile]) copyFileSync(join(reportsDirectory, file), join(reports, file));
});

afterEach(() => rmSync(directory, { recursive: true, force: true }));

function ingest(limits: IngestLimits = defaultIngestLimits) {
  return ingestIntoStore({ reportsDirectory: reports, databasePath, limits });
}

/** Ingests the good reports, adds `entry`, ingests again: returns the error lines, having checked the store is untouched. */
async function refusedWith(addEntry: () => unknown, limits?: IngestLimits): Promise<string[]> {
  expect((await ingest()).ok).toBe(true);
  const before = readFileSync(databasePath);
  const modified = statSync(databasePath).mtimeMs;
  await addEntry();
  const result = await ingest(limits);
  expect(result.ok).toBe(false);
  expect(readFileSync(databasePath).equals(before)).toBe(true);
  expect(statSync(databasePath).mtimeMs).toBe(modified);
  expect(readdirSync(join(directory, "generated"))).toEqual(["records.sqlite"]);
  return result.diagnostics
    .filter((diagnostic) => diagnostic.severity === "error")
    .map((diagnostic) => `${diagnostic.file}: ${diagnostic.message}`);
}

describe("only regular files are read, each refusal one message and the store untouched", () => {
  it("refuses a directory named *.txt", async () => {
    expect(await refusedWith(() => mkdirSync(join(reports, "archive.txt")))).toEqual([
      "archive.txt: is a directory, not a regular file: expected a report exported as a file",
    ]);
  });

  it("refuses a FIFO named *.txt without waiting for a writer", async () => {
    const started = performance.now();
    expect(await refusedWith(() => execFileSync("mkfifo", [join(reports, "pipe.txt")]))).toEqual([
      "pipe.txt: is a named pipe (FIFO), not a regular file: expected a report exported as a file",
    ]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("refuses a socket named *.txt", async () => {
    const server: Server = createServer();
    try {
      expect(
        await refusedWith(() => new Promise<void>((resolve) => server.listen(join(reports, "socket.txt"), resolve))),
      ).toEqual(["socket.txt: is a socket, not a regular file: expected a report exported as a file"]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("refuses a symlink to /dev/zero, reading nothing from it", async () => {
    expect(await refusedWith(() => symlinkSync("/dev/zero", join(reports, "zero.txt")))).toEqual([
      "zero.txt: is a symbolic link to /dev/zero, outside the reports directory: expected the report itself, or a link to a file inside the directory",
    ]);
  });

  it("refuses a dangling symlink with a message, not a stack trace", async () => {
    expect(await refusedWith(() => symlinkSync("gone.txt", join(reports, "latest.txt")))).toEqual([
      "latest.txt: is a symbolic link to gone.txt, which does not exist: remove the link or restore the file",
    ]);
  });

  it("refuses a symlink to a report outside the reports directory", async () => {
    const outside = join(directory, "elsewhere.txt");
    copyFileSync(join(reportsDirectory, quarterFile), outside);
    rmSync(join(reports, quarterFile));
    expect(await refusedWith(() => symlinkSync(outside, join(reports, "q2-link.txt")))).toEqual([
      `q2-link.txt: is a symbolic link to ${outside}, outside the reports directory: expected the report itself, or a link to a file inside the directory`,
    ]);
  });

  it("follows a symlink to a report inside the reports directory", async () => {
    mkdirSync(join(reports, "archive"));
    copyFileSync(join(reports, quarterFile), join(reports, "archive", "q2.txt"));
    rmSync(join(reports, quarterFile));
    symlinkSync(join("archive", "q2.txt"), join(reports, quarterFile));
    const result = await ingest();
    expect(result.ok).toBe(true);
    expect(result.records.reports.map((report) => report.id)).toEqual(["2024-25-year-end", "2025-26-q2"]);
  });
});

describe("limits: over one, one line naming the file, the limit and the variable", () => {
  it("refuses a text file over INGEST_MAX_TEXT_BYTES", async () => {
    const lines = await refusedWith(() => {}, { ...defaultIngestLimits, maxTextBytes: 50_000 });
    expect(lines).toEqual([
      `${yearEndFile}: is 53.3 KB, over the 48.8 KB limit for a text report (INGEST_MAX_TEXT_BYTES raises it)`,
    ]);
  });

  it("reads no more than the limit allows from a file larger than it says", async () => {
    writeFileSync(join(reports, "big.txt"), Buffer.alloc(3 * 1024 * 1024, "a"));
    const read = readReportFile({
      directory: reports,
      file: "big.txt",
      maxBytes: 1024 * 1024,
      variable: "INGEST_MAX_TEXT_BYTES",
      kind: "a text report",
    });
    expect(read).toEqual({
      success: false,
      diagnostic: {
        severity: "error",
        file: "big.txt",
        line: 0,
        message: "is 3 MB, over the 1 MB limit for a text report (INGEST_MAX_TEXT_BYTES raises it)",
      },
    });
  });

  it("refuses a report with more objectives than INGEST_MAX_OBJECTIVES", async () => {
    expect(await refusedWith(() => {}, { ...defaultIngestLimits, maxObjectives: 30 })).toEqual([
      `${yearEndFile}: 33 objectives, over the limit of 30 per report (INGEST_MAX_OBJECTIVES raises it)`,
    ]);
  });

  it("refuses a report with more measures than INGEST_MAX_MEASURES", async () => {
    expect(await refusedWith(() => {}, { ...defaultIngestLimits, maxMeasures: 40 })).toEqual([
      `${quarterFile}: 48 measures, over the limit of 40 per report (INGEST_MAX_MEASURES raises it)`,
    ]);
  });

  it("refuses a measure with more notes than INGEST_MAX_NOTES_PER_MEASURE, naming the worst one", async () => {
    const [line] = await refusedWith(() => {}, { ...defaultIngestLimits, maxNotesPerMeasure: 1 });
    expect(line).toMatch(
      new RegExp(
        `^${yearEndFile}: 2 notes on ".+" \\(and \\d+ more measures\\), over the limit of 1 per measure \\(INGEST_MAX_NOTES_PER_MEASURE raises it\\)$`,
      ),
    );
  });

  it("refuses a directory with more reports than INGEST_MAX_REPORTS", async () => {
    const result = await ingest({ ...defaultIngestLimits, maxReports: 1 });
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      "2 report files, over the limit of 1 per directory (INGEST_MAX_REPORTS raises it)",
    ]);
  });
});
