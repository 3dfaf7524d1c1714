import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateSyntheticReports } from "./generate-synthetic-reports.js";

/** Where the seeds are read from, where the synthetic reports go, how many, and the random seed. */
export type WriteSyntheticReportsOptions = {
  readonly seedsDirectory: string;
  readonly outputDirectory: string;
  readonly count: number;
  readonly seed: number;
};

/**
 * Reads every `*.txt` report in `seedsDirectory` (in name order), generates `count` synthetic reports from them and
 * writes them into `outputDirectory` (created when missing). Returns the file names written.
 */
export function writeSyntheticReports({
  seedsDirectory,
  outputDirectory,
  count,
  seed,
}: WriteSyntheticReportsOptions): string[] {
  const seeds = readdirSync(seedsDirectory)
    .filter((file) => file.toLowerCase().endsWith(".txt"))
    .sort()
    .map((file) => ({ file, text: readFileSync(path.join(seedsDirectory, file), "utf8") }));
  if (seeds.length === 0) throw new Error(`No *.txt seed reports in ${seedsDirectory}.`);
  mkdirSync(outputDirectory, { recursive: true });
  const reports = generateSyntheticReports({ seeds, count, seed });
  for (const report of reports) writeFileSync(path.join(outputDirectory, report.file), report.text);
  return reports.map((report) => report.file);
}
