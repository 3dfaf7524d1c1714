import { join } from "node:path";

/** Where the generated store lives under a project root: `data/generated/records.sqlite`. */
export function defaultDatabasePath(root: string): string {
  return join(root, "data", "generated", "records.sqlite");
}
