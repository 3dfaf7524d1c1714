import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { quarterFile, reportsDirectory, yearEndFile } from "../ingest/parsed-reports.js";

let directory: string;
let reports: string;

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), "ingest-cli-"));
  reports = join(directory, "reports");
  mkdirSync(reports);
  for (const file of [quarterFile, yearEndFile]) copyFileSync(join(reportsDirectory, file), join(reports, file));
});

afterEach(() => rmSync(directory, { recursive: true, force: true }));

const run = (environment: Record<string, string> = {}) =>
  spawnSync(
    process.execPath,
    ["--import", "tsx", "src/cli/ingest.ts", "--reports", reports, "--database", join(directory, "records.sqlite")],
    {
      encoding: "utf8",
      env: { ...process.env, ...environment },
      timeout: 60_000,
    },
  );

describe("npm run ingest on hostile input", () => {
  it("refuses a directory, a FIFO, a /dev/zero link and a dangling link with one line each and no stack trace", () => {
    mkdirSync(join(reports, "x.txt"));
    execFileSync("mkfifo", [join(reports, "pipe.txt")]);
    symlinkSync("/dev/zero", join(reports, "zero.txt"));
    symlinkSync("gone.txt", join(reports, "latest.txt"));
    const result = run();
    expect(result.status).toBe(1);
    const errors = result.stderr.split("\n").filter((line) => line.trim().startsWith("error "));
    expect(errors.map((line) => line.trim().split(" ").slice(0, 2).join(" "))).toEqual([
      "error latest.txt",
      "error pipe.txt",
      "error x.txt",
      "error zero.txt",
    ]);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).toContain("ingest failed: nothing written");
    expect(existsSync(join(directory, "records.sqlite"))).toBe(false);
  });

  it("says which variable is invalid, in one line", () => {
    const result = run({ INGEST_MAX_MEASURES: "lots" });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      "ingest failed: INGEST_MAX_MEASURES: expected a whole number (in the environment or .env); nothing written",
    );
  });
});
