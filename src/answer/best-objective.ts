import type { Objective } from "../report/objective.js";
import type { Report } from "../report/report.js";
import type { Links, Scored } from "./link-question.js";

/**
 * The objective a question names by its title (holding at least 0.6 of it): among those as good, the newest report's.
 */
export function bestObjective(links: Links, reports: readonly Report[]): Scored<Objective> | null {
  const order = new Map(reports.map((report, position) => [report.id, position]));
  const best = links.objectives[0];
  if (!best || best.coverage < 0.6) return null;
  const newer = (entry: Scored<Objective>) => (order.get(entry.item.report) ?? 0) < (order.get(best.item.report) ?? 0);
  const close = links.objectives.filter((entry) => entry.coverage >= 0.6 && (entry.score >= best.score - 0.05 || (entry.coverage >= best.coverage - 0.02 && entry.score >= best.score - 0.25 && newer(entry))));
  return [...close].sort((left, right) => (order.get(left.item.report) ?? 0) - (order.get(right.item.report) ?? 0))[0] ?? null;
}
