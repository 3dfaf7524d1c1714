// A child process that takes the store lock, says "held" on stdout, keeps it for argv[3] ms (forever when absent:
// for a test that kills it), then releases it and exits. Run with `node --import tsx`.
import { acquireStoreLock } from "../../src/store/acquire-store-lock.js";

const [lockPath, holdMs] = process.argv.slice(2);
if (!lockPath) throw new Error("usage: hold-store-lock <lock path> [hold ms]");
const release = acquireStoreLock({ lockPath, purpose: "test holder", waitMs: 10_000 });
process.stdout.write("held\n");
if (holdMs === undefined) setInterval(() => {}, 60_000);
else
  setTimeout(() => {
    release();
    process.exit(0);
  }, Number(holdMs));
