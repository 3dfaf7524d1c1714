/**
 * The truncation experiment: cuts each real report after every line N (no final newline, as the reports end) and
 * parses what is left; lists the cuts from the first table onwards the parser accepts (no error diagnostic).
 * `npx tsx scripts/truncation/cut-reports.ts [--verbose]`
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseReport } from "../../src/ingest/parse-report.js";

const directory = fileURLToPath(new URL("../../data/reports/", import.meta.url));
const verbose = process.argv.includes("--verbose");

for (const file of readdirSync(directory).filter((name) => name.endsWith(".txt"))) {
  const lines = readFileSync(`${directory}${file}`, "utf8").split(/\r?\n/);
  const firstTable = lines.findIndex((line) => /^(?:No\.|Rating)\t/.test(line)) + 1;
  const accepted: number[] = [];
  for (let cut = firstTable; cut < lines.length; cut += 1) {
    const parsed = parseReport(lines.slice(0, cut).join("\n"), file);
    const errors = parsed.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
    if (errors.length === 0) accepted.push(cut);
    if (verbose)
      console.log(
        `${file} cut after ${cut}: ${errors.length === 0 ? "ACCEPTED" : errors.map((error) => `${error.line}: ${error.message}`).join(" | ")}`,
      );
  }
  const full = parseReport(lines.join("\n"), file);
  console.log(
    `${file}: ${lines.length} lines, cuts from line ${firstTable}: ${lines.length - firstTable}, accepted ${accepted.length}: ${accepted.join(", ")}; full report ${full.objectives.length} objectives, ${full.measures.length} measures, ${full.diagnostics.filter((d) => d.severity === "error").length} errors`,
  );
}
