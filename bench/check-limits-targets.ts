import type { TargetCheck } from "./bench-results.js";
import type { LimitsMeasurement } from "./measure-limits-report.js";
import { targetCheck } from "./target-check.js";

/**
 * The budgets of a report at the ingest limits (issue 15): what one upload as large as ingest accepts may cost. Set
 * from the first measurement (ingest 1.7 s, first start 70 s, second start + question 11–16 s, 700 MB) with room for
 * a loaded machine; the second start is the one a bot restart pays, and is the one that most needs to come down.
 */
export function checkLimitsTargets(limits: LimitsMeasurement | null): TargetCheck[] {
  return [
    targetCheck("report at the limits: ingest", 30_000, limits?.ingestMilliseconds ?? null, "ms"),
    targetCheck(
      "report at the limits: first start (index built) + question",
      180_000,
      limits === null ? null : limits.cold.engineMilliseconds + limits.cold.questionMilliseconds,
      "ms",
    ),
    targetCheck(
      "report at the limits: second start + question",
      20_000,
      limits === null ? null : limits.warm.engineMilliseconds + limits.warm.questionMilliseconds,
      "ms",
    ),
    targetCheck("report at the limits: peak RSS", 1_500, limits?.peakRssMegabytes ?? null, "MB"),
  ];
}
