import { formatPeriodKey } from "../period/period-key.js";
import { namedChoices } from "./closest-choices.js";
import type { NotFound } from "./findings.js";
import type { ExecutionContext } from "../passages/execution-context.js";
import type { PlannedQuestion } from "../plan/planned-question.js";
import { reportLabel } from "../../report/report-label.js";
import { reportCatalogue } from "../../report/report-catalogue.js";

/** The measures asked about exist, but not for the asked period: say where they are. */
export function notForPeriod(planned: PlannedQuestion, context: ExecutionContext): NotFound {
  const linked = context.queries.findMeasures({ ids: planned.plan.measures });
  const { byId } = reportCatalogue(context.reports);
  const closest = linked.map((measure) => {
    const periods = measure.values.filter((value) => value.value.trim() !== "").map((value) => value.period);
    const report = byId.get(measure.report);
    return `${measure.name} (${measure.objective}, ${report ? reportLabel(report) : measure.report}): figures for ${periods.join(", ") || "no period"}`;
  });
  return {
    kind: "not_found",
    reason: `The reports have no figure for ${(planned.plan.period ? formatPeriodKey(planned.plan.period) || planned.period?.text : null) ?? "that period"} for what you asked about.`,
    closest: [...new Set(closest)],
    // Asking a measure by name answers its latest printed figure.
    choices: namedChoices(linked.map((measure) => measure.name)),
  };
}
