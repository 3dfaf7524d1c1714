import { parseTitle } from "../src/ingest/parse-title.js";
import { createRandom } from "./create-random.js";

/** A report file: its name and its text. */
export type ReportText = { readonly file: string; readonly text: string };

/** What to generate from: the seed reports, how many synthetic reports, and the random seed (same seed, same output). */
export type SyntheticReportOptions = {
  readonly seeds: readonly ReportText[];
  readonly count: number;
  readonly seed: number;
};

// A cell that is a figure and nothing else, the way parsePrintedValue reads one: sign, £, digits, decimals, m/bn/k, %.
const figureCell = /^(-)?(£)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(m|bn|k)?(%)?$/i;
// A financial year ("2025-26", "2024-2025", "2025 to 2026", "2025- 26") or a bare year ("Mar 2027").
const yearPattern = /\b(20\d\d)(?:(\s*(?:-|–|\/|to)\s*)(20\d\d|\d\d)\b)?/g;
// A month with a two-digit year, as in the expected-completion column ("Mar-25").
const monthYearPattern = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)([a-z]*-)(\d\d)\b/g;
// Table rows whose cells hold figures: a measure or objective row, or its continuation on the next page.
const dataRowStart = /^(?:SO-\d+|Overarching Measure|)$/i;
/** Values move by up to this share either way. */
const perturbation = 0.15;

/**
 * Writes `count` synthetic reports from the seeds: round k (k = 1, 2, …) takes each seed in turn and moves every
 * year in it — title, column headers, dates, prose, file name — forward by k years (k times the seeds' span when two seeds
 * are the same kind of period), so the copies are successive later periods with distinct report ids; then it changes every figure cell of the tables by
 * up to ±15%, keeping how it is printed (decimals, thousands commas, £, %, m). Everything else is left as it was,
 * so the real parser reads a synthetic report as it reads its seed. Pure: the same options give the same reports.
 */
export function generateSyntheticReports({ seeds, count, seed }: SyntheticReportOptions): ReportText[] {
  if (seeds.length === 0) throw new Error("generateSyntheticReports: expected at least one seed report");
  const span = seedYearSpan(seeds);
  const random = createRandom(seed);
  return Array.from({ length: count }, (_unused, position) => {
    const source = seeds[position % seeds.length]!;
    const shift = (Math.floor(position / seeds.length) + 1) * span;
    return { file: shiftYears(source.file, shift), text: perturbFigures(shiftYears(source.text, shift), random) };
  });
}

/**
 * How far apart in years the seeds of one kind of period are (1 when no two seeds are the same kind of period, as a
 * Q2 report and a year-end report): shifting by a multiple of it never gives two reports the same period.
 */
function seedYearSpan(seeds: readonly ReportText[]): number {
  const yearsByKind = new Map<string, number[]>();
  for (const { file, text } of seeds) {
    const title = text.split("\n").find((line) => line.trim() !== "") ?? "";
    const period = parseTitle(title);
    if (period === null)
      throw new Error(`generateSyntheticReports: ${file} has no period in its title "${title.trim().slice(0, 80)}"`);
    const kind = `${period.periodKind}-${period.quarter ?? ""}`;
    yearsByKind.set(kind, [...(yearsByKind.get(kind) ?? []), Number(period.financialYear.slice(0, 4))]);
  }
  return Math.max(...[...yearsByKind.values()].map((years) => Math.max(...years) - Math.min(...years) + 1));
}

function shiftYears(text: string, shift: number): string {
  const twoDigits = (year: string) => String((Number(year) + shift) % 100).padStart(2, "0");
  return text
    .replace(yearPattern, (_match, start: string, separator: string | undefined, end: string | undefined) => {
      const shifted = String(Number(start) + shift);
      if (separator === undefined || end === undefined) return shifted;
      return `${shifted}${separator}${end.length === 4 ? String(Number(end) + shift) : twoDigits(end)}`;
    })
    .replace(
      monthYearPattern,
      (_match, month: string, rest: string, year: string) => `${month}${rest}${twoDigits(year)}`,
    );
}

function perturbFigures(text: string, random: () => number): string {
  return text
    .split("\n")
    .map((line) => {
      if (!line.includes("\t")) return line;
      const cells = line.split("\t");
      if (!dataRowStart.test(cells[0]!.trim())) return line;
      return cells.map((cell, index) => (index === 0 ? cell : perturbCell(cell, random))).join("\t");
    })
    .join("\n");
}

function perturbCell(cell: string, random: () => number): string {
  const value = cell.trim();
  const match = figureCell.exec(value);
  if (!match) return cell;
  const [, minus = "", pounds = "", digits = "", fraction = "", suffix = "", percent = ""] = match;
  const original = Number(digits.replace(/,/g, "") + fraction);
  let changed = original * (1 + (random() * 2 - 1) * perturbation);
  // A share that could not pass 100% in the seed does not pass it in the copy.
  if (percent && original <= 100) changed = Math.min(changed, 100);
  const decimals = Math.max(0, fraction.length - 1);
  let printed = changed.toFixed(decimals);
  if (digits.includes(",")) {
    const [whole = "", part] = printed.split(".");
    printed = `${Number(whole).toLocaleString("en-GB")}${part === undefined ? "" : `.${part}`}`;
  }
  return cell.replace(value, `${minus}${pounds}${printed}${suffix}${percent}`);
}
