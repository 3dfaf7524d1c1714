import { closeSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { dirname } from "node:path";
import { z } from "zod";

/** Who holds the store lock: written into the lock file so a waiting process can say who, and tell a dead holder. */
const holderSchema = z.object({
  pid: z.number().int().positive(),
  /** The holder's process start time as the kernel counts it (Linux /proc), so a reused pid is not mistaken for it. */
  processStart: z.string().nullable(),
  startedAt: z.string(),
  host: z.string(),
  purpose: z.string(),
});
export type LockHolder = z.infer<typeof holderSchema>;

/** Raised when the lock is still held after the wait: names the holder so the operator knows what to wait for or stop. */
export class StoreLockedError extends Error {
  override readonly name = "StoreLockedError";
  constructor(
    readonly lockPath: string,
    readonly holder: LockHolder | null,
    waitedMs: number,
  ) {
    super(
      holder
        ? `the records store is being rebuilt by process ${holder.pid} (${holder.purpose}, since ${holder.startedAt} on ${holder.host}); waited ${Math.round(waitedMs / 1000)} s — try again when it finishes, or remove ${lockPath} if that process is gone`
        : `the records store is locked (${lockPath}); waited ${Math.round(waitedMs / 1000)} s`,
    );
  }
}

export interface StoreLockOptions {
  /** The lock file, e.g. `records.sqlite.lock` beside the store. */
  readonly lockPath: string;
  /** What this process is doing, shown to a process that waits for it ("npm run ingest"). */
  readonly purpose: string;
  /** How long to wait for another holder before giving up; default 60 s. */
  readonly waitMs?: number;
  readonly pollMs?: number;
  readonly log?: (line: string) => void;
}

/**
 * Takes the single-writer lock of the records store, so two ingests (or an ingest and `npm start`'s rebuild) never
 * interleave: created exclusively (`O_EXCL`), holding this process's pid and start time. A lock whose holder is dead
 * (killed with `kill -9`, or a pid now reused by another process) is cleared; a live holder is waited for, up to
 * `waitMs`, then `StoreLockedError` names it. Synchronous: it runs at start-up and in the ingest CLI, before any
 * request is served. Returns the function that releases the lock.
 */
export function acquireStoreLock(options: StoreLockOptions): () => void {
  const waitMs = options.waitMs ?? 60_000;
  const pollMs = options.pollMs ?? 100;
  const started = Date.now();
  let announced = false;
  mkdirSync(dirname(options.lockPath), { recursive: true });
  for (;;) {
    const taken = tryCreate(options.lockPath, options.purpose);
    if (taken) return taken;
    const holder = readHolder(options.lockPath);
    if (holder === undefined) continue; // released between our attempt and the read: try again at once
    // An unreadable lock may be one being written this instant: stale only once it has sat unreadable a while.
    if ((holder === null && ageMs(options.lockPath) > unreadableGraceMs) || (holder !== null && !isAlive(holder))) {
      if (clearIfUnchanged(options.lockPath, holder)) {
        options.log?.(
          holder
            ? `Cleared a stale lock left by process ${holder.pid} (${holder.purpose}, since ${holder.startedAt}), which is no longer running.`
            : `Cleared an unreadable lock file ${options.lockPath}.`,
        );
      }
      continue;
    }
    const waited = Date.now() - started;
    if (waited >= waitMs) throw new StoreLockedError(options.lockPath, holder, waited);
    if (!announced && holder !== null) {
      options.log?.(
        `Waiting for process ${holder.pid} (${holder.purpose}, since ${holder.startedAt}) to finish rebuilding the records store…`,
      );
      announced = true;
    }
    sleep(Math.min(pollMs, waitMs - waited));
  }
}

const unreadableGraceMs = 2_000;

/** The lock file beside a store: `records.sqlite` → `records.sqlite.lock`. */
export function storeLockPath(databasePath: string): string {
  return `${databasePath}.lock`;
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function tryCreate(lockPath: string, purpose: string): (() => void) | null {
  let descriptor: number;
  try {
    descriptor = openSync(lockPath, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return null;
    throw error;
  }
  const holder: LockHolder = {
    pid: process.pid,
    processStart: processStart(process.pid),
    startedAt: new Date().toISOString(),
    host: hostname(),
    purpose,
  };
  try {
    writeSync(descriptor, JSON.stringify(holder));
  } finally {
    closeSync(descriptor);
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    // Only our own lock: a lock cleared as stale and taken by another process must not be removed by us.
    if (readHolder(lockPath)?.pid === process.pid) rmSync(lockPath, { force: true });
  };
}

/** The holder, null when the file cannot be parsed (a crash between create and write), undefined when it is gone. */
function readHolder(lockPath: string): LockHolder | null | undefined {
  let text: string;
  try {
    text = readFileSync(lockPath, "utf8");
  } catch {
    return undefined;
  }
  try {
    const parsed = holderSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function isAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true; // another machine's process cannot be checked: never cleared
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
  }
  // The pid runs; it is the holder only if it started when the holder did (pids are reused).
  const now = processStart(holder.pid);
  return holder.processStart === null || now === null || now === holder.processStart;
}

/** Removes the stale lock only if it still holds what was judged stale, so a lock just taken by a live process survives. */
function clearIfUnchanged(lockPath: string, judged: LockHolder | null): boolean {
  const current = readHolder(lockPath);
  if (current === undefined) return false;
  if (JSON.stringify(current) !== JSON.stringify(judged)) return false;
  rmSync(lockPath, { force: true });
  return true;
}

/** Field 22 of /proc/<pid>/stat (start time in clock ticks since boot); null where /proc is absent. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) may hold spaces and parentheses: count fields after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return fields[19] ?? null;
  } catch {
    return null;
  }
}

function sleep(milliseconds: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Math.max(1, milliseconds));
}
