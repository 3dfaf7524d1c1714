import { readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Total size in bytes of the files under a directory (recursively); 0 when it does not exist. */
export function directoryBytes(directory: string): number {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return 0;
  }
  return entries.reduce((total, entry) => {
    const full = path.join(directory, entry.name);
    return total + (entry.isDirectory() ? directoryBytes(full) : entry.isFile() ? statSync(full).size : 0);
  }, 0);
}
