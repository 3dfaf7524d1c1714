import { reportCatalogue } from "../../report/report-catalogue.js";
import type { Objective } from "../../report/objective.js";
import type { Report } from "../../report/report.js";
import type { Links, Scored } from "./match-question.js";

/**
 * The objective a question names by its title (holding at least 0.6 of it): among those as good, the newest report's.
 */
export function bestObjective(
  links: Links,
  reports: readonly Report[],
  inReport: string | null = null,
): Scored<Objective> | null {
  const order = reportCatalogue(reports).positions;
  // A code means a different objective in each report: when the question names the report's period, look only there.
  const objectives = inReport ? links.objectives.filter((entry) => entry.item.report === inReport) : links.objectives;
  const best = objectives[0];
  if (!best || best.coverage < 0.6) return null;
  const newer = (entry: Scored<Objective>) => (order.get(entry.item.report) ?? 0) < (order.get(best.item.report) ?? 0);
  const close = objectives.filter(
    (entry) =>
      entry.coverage >= 0.6 &&
      (entry.score >= best.score - 0.05 ||
        (entry.coverage >= best.coverage - 0.02 && entry.score >= best.score - 0.25 && newer(entry)) ||
        // Latest report by default: the newest report's objective holding most of the question, if not the most.
        (!inReport && newer(entry) && entry.score >= best.score - 0.3)),
  );
  return (
    [...close].sort((left, right) => (order.get(left.item.report) ?? 0) - (order.get(right.item.report) ?? 0))[0] ??
    null
  );
}
