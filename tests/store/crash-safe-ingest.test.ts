import { spawn, spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  watch,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticReports } from "../../bench/write-synthetic-reports.js";
import { createEngine } from "../../src/engine/create-engine.js";
import { ingestIntoStore } from "../../src/engine/ingest-into-store.js";
import { openStore } from "../../src/store/open-store.js";
import { readRecords } from "../../src/store/read-records.js";
import { quarterFile, reportsDirectory, yearEndFile } from "../ingest/parsed-reports.js";

let directory: string;
let oldReports: string;
let newReports: string;
let generated: string;
let databasePath: string;
let previousStore: Buffer;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), "crash-safe-ingest-"));
  oldReports = join(directory, "reports");
  newReports = join(directory, "new-reports");
  generated = join(directory, "generated");
  databasePath = join(generated, "records.sqlite");
  mkdirSync(oldReports);
  for (const file of [quarterFile, yearEndFile]) {
    copyFileSync(join(reportsDirectory, file), join(oldReports, file));
    // Older than any store built below, so the engine answers from whatever store it finds and never rebuilds it.
    utimesSync(join(oldReports, file), new Date("2026-01-01"), new Date("2026-01-01"));
  }
  // Enough reports that the ingest takes about a second, so kills land while it parses and while it writes.
  writeSyntheticReports({ seedsDirectory: reportsDirectory, outputDirectory: newReports, count: 60, seed: 7 });
  expect((await ingestIntoStore({ reportsDirectory: oldReports, databasePath })).ok).toBe(true);
  previousStore = readFileSync(databasePath);
});

afterAll(() => rmSync(directory, { recursive: true, force: true }));

type KillPoint = {
  readonly name: string;
  readonly when: "after-ms" | "first-line" | "temporary-file" | "wrote";
  readonly milliseconds?: number;
};

/** Runs `npm run ingest` of the 60 new reports into the store and kills it with SIGKILL at the given point. */
function ingestKilledAt(point: KillPoint): Promise<{ killed: boolean }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "src/cli/ingest.ts", "--reports", newReports, "--database", databasePath],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  const kill = () => child.exitCode === null && child.signalCode === null && child.kill("SIGKILL");
  const watcher =
    point.when === "temporary-file" ? watch(generated, (_event, name) => name?.endsWith(".tmp") && kill()) : null;
  if (point.when === "after-ms") setTimeout(kill, point.milliseconds);
  let output = "";
  child.stdout!.on("data", (data: Buffer) => {
    output += data.toString();
    if (point.when === "first-line" && output.includes("\n")) kill();
    if (point.when === "wrote" && output.includes("\nwrote ")) kill();
  });
  child.stderr!.resume();
  return new Promise((resolve) => {
    child.once("exit", (_code, signal) => {
      watcher?.close();
      resolve({ killed: signal === "SIGKILL" });
    });
  });
}

const killPoints: KillPoint[] = [
  { name: "while starting", when: "after-ms", milliseconds: 150 },
  { name: "while parsing", when: "after-ms", milliseconds: 900 },
  { name: "as soon as parsing is reported", when: "first-line" },
  { name: "while the temporary store is written", when: "temporary-file" },
  { name: "after the store is written", when: "wrote" },
];

describe("kill -9 during an ingest leaves a usable store", () => {
  const outcomes: string[] = [];

  it.each(killPoints)(
    "killed $name: the previous store or the complete new one, and a question answered",
    async (point) => {
      previousStore = readFileSync(databasePath);
      const { killed } = await ingestKilledAt(point);
      expect(killed).toBe(true);
      const now = readFileSync(databasePath);
      const database = openStore(databasePath);
      expect(database.pragma("integrity_check", { simple: true })).toBe("ok");
      const reports = readRecords(database).reports.length;
      database.close();
      // Either the rename happened (all 60 new reports) or it did not (the previous store, byte for byte).
      if (reports === 2) expect(now.equals(previousStore)).toBe(true);
      else expect(reports).toBe(60);
      outcomes.push(reports === 2 ? "previous" : "new");
      // The 60-report store is complete and checked above; building its search index here would only cost time.
      if (reports !== 2)
        return void expect((await ingestIntoStore({ reportsDirectory: oldReports, databasePath })).ok).toBe(true);

      const engine = await createEngine({
        reportsDirectory: oldReports,
        databasePath,
        indexDirectory: join(directory, "index"),
      });
      try {
        const answer = await engine.ask("How many potholes have been repaired?", { previousPlan: null });
        expect(answer.status).toBe("answered");
        expect(answer.answer).toContain("28,024");
      } finally {
        engine.close();
      }
      // Put the previous store back for the next kill point, as an ingest of the old reports would.
      expect((await ingestIntoStore({ reportsDirectory: oldReports, databasePath })).ok).toBe(true);
    },
  );

  it("the kills landed both before and after the store was replaced", async () => {
    expect(outcomes).toContain("previous");
    expect(outcomes.filter((outcome) => outcome === "previous").length).toBeGreaterThanOrEqual(3);
  });

  it("the next ingest clears what the killed ones left: the stale lock and temporary files", async () => {
    // A lock and a half-written temporary store, as a kill mid-write leaves them.
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "tests/support/hold-store-lock.ts", join(generated, "records.sqlite.lock")],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise((resolve) => child.stdout!.once("data", resolve));
    writeFileSync(join(generated, `.records.sqlite.${child.pid}.1.tmp`), "half a database");
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));

    const result = spawnSync(
      process.execPath,
      ["--import", "tsx", "src/cli/ingest.ts", "--reports", oldReports, "--database", databasePath],
      { encoding: "utf8", timeout: 60_000 },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Cleared a stale lock left by process ${child.pid}`);
    expect(readdirSync(generated).sort()).toEqual(["records.sqlite"]);
  });
});
