import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireStoreLock, StoreLockedError } from "../../src/store/acquire-store-lock.js";

let directory: string;
let lockPath: string;
const children: ChildProcess[] = [];

beforeEach(() => {
  directory = mkdtempSync(join(tmpdir(), "store-lock-"));
  lockPath = join(directory, "records.sqlite.lock");
});

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(directory, { recursive: true, force: true });
});

/** Starts a process holding the lock (for `holdMs`, or until killed) and resolves once it holds it. */
function holdLock(holdMs?: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "tests/support/hold-store-lock.ts",
      lockPath,
      ...(holdMs === undefined ? [] : [String(holdMs)]),
    ],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (data: Buffer) => data.toString().includes("held") && resolve(child));
    child.once("exit", (code) => reject(new Error(`lock holder exited early (${code})`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once("exit", resolve),
  );

describe("acquireStoreLock", () => {
  it("writes this process's pid and start time, and removes the lock on release", () => {
    const release = acquireStoreLock({ lockPath, purpose: "npm run ingest" });
    const holder = JSON.parse(readFileSync(lockPath, "utf8"));
    expect(holder).toMatchObject({ pid: process.pid, host: hostname(), purpose: "npm run ingest" });
    expect(holder.processStart).toMatch(/^\d+$/);
    release();
    expect(existsSync(lockPath)).toBe(false);
  });

  it("says who holds it when a live process keeps it past the wait", async () => {
    const child = await holdLock();
    const started = performance.now();
    let error: unknown;
    try {
      acquireStoreLock({ lockPath, purpose: "npm start", waitMs: 300, pollMs: 50 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(StoreLockedError);
    expect((error as Error).message).toMatch(
      new RegExp(`^the records store is being rebuilt by process ${child.pid} \\(test holder, since .+\\); waited 0 s`),
    );
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("waits for a live holder that finishes within the wait, saying so once", async () => {
    const child = await holdLock(600);
    const lines: string[] = [];
    const release = acquireStoreLock({
      lockPath,
      purpose: "npm start",
      waitMs: 15_000,
      pollMs: 50,
      log: (line) => lines.push(line),
    });
    expect(JSON.parse(readFileSync(lockPath, "utf8")).pid).toBe(process.pid);
    release();
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Waiting for process ${child.pid} \\(test holder, since .+\\) to finish rebuilding the records store…$`,
        ),
      ),
    ]);
  });

  it("clears a stale lock left by a process killed with kill -9", async () => {
    const child = await holdLock();
    child.kill("SIGKILL");
    await exited(child);
    expect(existsSync(lockPath)).toBe(true);
    const lines: string[] = [];
    const release = acquireStoreLock({
      lockPath,
      purpose: "npm run ingest",
      waitMs: 1_000,
      log: (line) => lines.push(line),
    });
    release();
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(
          `^Cleared a stale lock left by process ${child.pid} \\(test holder, since .+\\), which is no longer running\\.$`,
        ),
      ),
    ]);
  });

  it("clears a lock whose pid now belongs to another process (started at another time)", () => {
    writeFileSync(
      lockPath,
      JSON.stringify({
        pid: process.pid,
        processStart: "1",
        startedAt: "2026-01-01T00:00:00.000Z",
        host: hostname(),
        purpose: "an old ingest",
      }),
    );
    const lines: string[] = [];
    acquireStoreLock({ lockPath, purpose: "npm run ingest", waitMs: 1_000, log: (line) => lines.push(line) })();
    expect(lines).toEqual([
      `Cleared a stale lock left by process ${process.pid} (an old ingest, since 2026-01-01T00:00:00.000Z), which is no longer running.`,
    ]);
  });

  it("waits on an unreadable lock being written, and clears one left unreadable", () => {
    writeFileSync(lockPath, "");
    expect(() => acquireStoreLock({ lockPath, purpose: "npm start", waitMs: 200, pollMs: 50 })).toThrow(
      StoreLockedError,
    );
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPath, old, old);
    const lines: string[] = [];
    acquireStoreLock({ lockPath, purpose: "npm start", waitMs: 200, log: (line) => lines.push(line) })();
    expect(lines).toEqual([`Cleared an unreadable lock file ${lockPath}.`]);
  });
});
