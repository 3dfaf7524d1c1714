import type { BenchResults, TargetCheck } from "./bench-results.js";
import { checkLimitsTargets } from "./check-limits-targets.js";
import { targetCheck } from "./target-check.js";

/** The targets of the benchmark issue (and the search issue's warm query), each met or missed; null where not measured. */
export function checkTargets(results: Omit<BenchResults, "targets" | "profiles" | "totalSeconds">): TargetCheck[] {
  const fifty = results.growth.find((point) => point.reports === 50);
  const build =
    results.build.ingestMilliseconds + results.build.wordVectorLoadMilliseconds + results.build.indexMilliseconds;
  const check = targetCheck;
  return [
    check("warm p95 per question, 2 reports", 10, results.warm.latency.wall.p95, "ms"),
    check("warm p95 per question, 50 reports", 25, fifty?.warm.wall.p95 ?? null, "ms"),
    check("cold start, ask --json (median)", 1500, results.coldStart.medianFirstOutputMilliseconds, "ms"),
    check("peak RSS, engine + all questions", 250, results.peakRssMegabytes, "MB"),
    check("ingest + index, 2 reports", 2000, build, "ms"),
    check("median prompt per question, LLM mode", 2000, results.prompts?.perQuestion.median ?? null, "tokens"),
    check("warm search query p95 (search issue: < 5 ms)", 5, results.warm.search.p95, "ms"),
    check(
      `PDF ingest per page (${results.pdf.pages} pages, ${results.pdf.files.length} PDFs)`,
      100,
      results.pdf.millisecondsPerPage,
      "ms",
    ),
    check("peak RSS, reading the PDFs", 300, results.pdf.peakRssMegabytes, "MB"),
    check("chart: the first drawn (font and module load)", 1000, results.charts.firstMilliseconds, "ms"),
    check(`chart: warm p95 (${results.charts.warm.count} drawn)`, 150, results.charts.warm.p95, "ms"),
    check(
      `no chart: deciding none, p95 (${results.charts.chooseNone.count} answers)`,
      1,
      results.charts.chooseNone.p95,
      "ms",
    ),
    check(
      "no chart: chart-library modules loaded before the first chart",
      0,
      results.charts.rendererModulesAfterFirstChart > 0 ? results.charts.rendererModulesBeforeFirstChart : null,
      "modules",
    ),
    ...checkLimitsTargets(results.limits),
  ];
}
