import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ensureStore, IngestFailedError } from "../../src/engine/ensure-store.js";
import { acquireStoreLock, storeLockPath } from "../../src/store/acquire-store-lock.js";
import { quarterFile, reportsDirectory, yearEndFile } from "../ingest/parsed-reports.js";

let directory: string;
let reports: string;
let databasePath: string;
let lines: string[];

beforeEach(async () => {
  directory = mkdtempSync(join(tmpdir(), "ensure-store-"));
  reports = join(directory, "reports");
  databasePath = join(directory, "generated", "records.sqlite");
  mkdirSync(reports);
  for (const file of [quarterFile, yearEndFile]) copyFileSync(join(reportsDirectory, file), join(reports, file));
  lines = [];
});

afterEach(() => rmSync(directory, { recursive: true, force: true }));

const ensure = () => ensureStore({ reportsDirectory: reports, databasePath, log: (line) => lines.push(line) });
const later = (file: string) => utimesSync(file, new Date(Date.now() + 5_000), new Date(Date.now() + 5_000));

describe("ensureStore", () => {
  it("builds a missing store, then leaves a current one alone", async () => {
    expect(await ensure()).toBe(true);
    expect(await ensure()).toBe(false);
  });

  it("keeps answering from the previous store when a bad file is dropped in, saying why", async () => {
    expect(await ensure()).toBe(true);
    const before = readFileSync(databasePath);
    symlinkSync("gone.txt", join(reports, "latest.txt"));
    writeFileSync(join(reports, "notes.txt"), "Some notes\n");
    later(join(reports, "notes.txt"));
    lines = [];
    expect(await ensure()).toBe(false);
    expect(readFileSync(databasePath).equals(before)).toBe(true);
    expect(lines.at(-1)).toMatch(
      /^The reports could not be loaded:\nlatest\.txt:0: is a symbolic link to gone\.txt, which does not exist.*\nnotes\.txt:1: not a performance report.*\nAnswering from the previous records store \(built .+\); fix the files above and run `npm run ingest`\.$/s,
    );
  });

  it("notices a dangling symlink even though it has no target to date it by", async () => {
    expect(await ensure()).toBe(true);
    symlinkSync("gone.txt", join(reports, "latest.txt"));
    utimesSync(databasePath, new Date("2026-01-01"), new Date("2026-01-01"));
    lines = [];
    expect(await ensure()).toBe(false);
    expect(lines.join("\n")).toContain("latest.txt:0: is a symbolic link to gone.txt");
  });

  it("throws with every error when there is no previous store to answer from", async () => {
    writeFileSync(join(reports, "notes.txt"), "Some notes\n");
    await expect(ensure()).rejects.toThrow(IngestFailedError);
  });

  it("rebuilds under the store lock, and says who holds it when it cannot get it", async () => {
    const release = acquireStoreLock({ lockPath: storeLockPath(databasePath), purpose: "npm run ingest" });
    try {
      // Held by this very process, so it is live: the rebuild waits, then names the holder.
      await expect(
        ensureStore({ reportsDirectory: reports, databasePath, log: () => {}, lockWaitMs: 200 }),
      ).rejects.toThrow(/being rebuilt by process \d+ \(npm run ingest/);
    } finally {
      release();
    }
  });
});
