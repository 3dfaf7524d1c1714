import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseReport, type ParsedReport } from "../../src/ingest/parse-report.js";
import type { Measure } from "../../src/report/measure.js";
import type { Objective } from "../../src/report/objective.js";

export const reportsDirectory = fileURLToPath(new URL("../../data/reports/", import.meta.url));
export const quarterFile = "performance-report-2025-26-q2.txt";
export const yearEndFile = "performance-report-2024-25-year-end.txt";

/** The text of one of the project's real reports. */
export function reportText(file: string): string {
  return readFileSync(`${reportsDirectory}${file}`, "utf8");
}

/** A real report parsed. */
export function parsedReport(file: string): ParsedReport {
  return parseReport(reportText(file), file);
}

/** The one measure of an objective whose name starts with the given words; fails loudly otherwise. */
export function measureNamed(parsed: ParsedReport, objective: string, nameStart: string): Measure {
  const found = parsed.measures.filter(
    (measure) => measure.objective === objective && measure.name.startsWith(nameStart),
  );
  if (found.length !== 1)
    throw new Error(`expected one ${objective} measure starting "${nameStart}", found ${found.length}`);
  return found[0] as Measure;
}

/** The objective with a code; fails loudly when missing. */
export function objectiveCoded(parsed: ParsedReport, code: string): Objective {
  const found = parsed.objectives.find((objective) => objective.code === code);
  if (!found) throw new Error(`no objective ${code}`);
  return found;
}

/** How many objectives carry each progress rating ("null" for blank). */
export function progressCounts(parsed: ParsedReport): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const objective of parsed.objectives)
    counts[String(objective.progress)] = (counts[String(objective.progress)] ?? 0) + 1;
  return counts;
}

/** Value by column header, as printed. */
export function valueAt(measure: Measure, period: string): string | undefined {
  return measure.values.find((value) => value.period === period)?.value;
}

/** How many measures came from each kind of table. */
export function tableKindCounts(parsed: ParsedReport): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const measure of parsed.measures) counts[measure.table] = (counts[measure.table] ?? 0) + 1;
  return counts;
}
