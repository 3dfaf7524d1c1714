import { join } from "node:path";

/** Where a project keeps its report texts: `data/reports`. */
export function defaultReportsDirectory(root: string): string {
  return join(root, "data", "reports");
}
