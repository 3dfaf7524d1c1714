import type { Report } from "../../report/report.js";
import { reportCatalogue } from "../../report/report-catalogue.js";
import type { RecordQueries } from "../corpus/record-queries.js";
import type { Plan } from "../plan/plan.js";
import type { PlannedQuestion } from "../plan/planned-question.js";
import { type LlmContext, recordOutcome } from "./llm-context.js";
import { planWithLlm } from "./plan-with-llm.js";

/** The records the LLM planner's catalogue is drawn from. */
export interface PlanRecords {
  readonly reports: readonly Report[];
  readonly queries: RecordQueries;
}

/**
 * Whether the offline plan already knows what to look up — named measures or objectives, a rating or outcome
 * filter, a completion date, a period no report covers, an overview — so the LLM planner is not asked: pure lookups
 * make no LLM call at all.
 */
export function offlineIsSure(planned: PlannedQuestion): boolean {
  const { plan } = planned;
  if (plan.measures.length > 0 || plan.objectives.length > 0) return true;
  if (
    (plan.intent === "list" || plan.intent === "count") &&
    (plan.ratings.length > 0 || plan.outcome !== null || planned.completionBy !== null)
  )
    return true;
  return (
    planned.periodNotCovered ||
    planned.clarification !== null ||
    (plan.intent === "summary" && plan.subject === "objectives")
  );
}

/** The LLM's plan when it is valid and names only what exists; otherwise the offline plan. */
export async function planWithFallback(
  question: string,
  offline: PlannedQuestion,
  previousPlan: Plan | null,
  records: PlanRecords,
  llm: LlmContext,
): Promise<PlannedQuestion> {
  // Only the candidates the offline matching found: an empty code list would ask the store for every objective.
  const namedObjectives =
    offline.plan.objectives.length > 0 ? records.queries.findObjectives({ codes: offline.plan.objectives }) : [];
  const previousMeasures =
    previousPlan && previousPlan.measures.length > 0
      ? records.queries.findMeasures({ ids: previousPlan.measures })
      : [];
  // One candidate per series, from the newest report that has it (the executor finds the others by series).
  const order = reportCatalogue(records.reports).positions;
  const linked = [...offline.links.measures]
    .sort(
      (left, right) =>
        right.score - left.score || (order.get(left.item.report) ?? 0) - (order.get(right.item.report) ?? 0),
    )
    .map((entry) => entry.item);
  const candidateMeasures = uniqueBy(
    [...previousMeasures, ...uniqueBy(linked, (measure) => measure.seriesKey).slice(0, 20)],
    (measure) => measure.id,
  );
  const candidateObjectives = [...namedObjectives, ...offline.links.objectives.slice(0, 10).map((entry) => entry.item)];
  const result = await planWithLlm({
    question,
    previousPlan,
    model: llm.model,
    catalogue: {
      reports: reportsInScope(records.reports, [...candidateMeasures, ...candidateObjectives], offline.plan.report),
      objectives: uniqueBy(candidateObjectives, (objective) => objective.id),
      measures: candidateMeasures,
    },
  });
  recordOutcome(llm.circuit, result);
  if (!result.success) {
    llm.log?.(`${result.error}; using the offline plan.`);
    return offline;
  }
  return { ...offline, plan: result.plan };
}

/** The reports a planning prompt lists: the newest few, those its candidates come from, and the one already asked for. */
function reportsInScope(
  reports: readonly Report[],
  candidates: readonly { readonly report: string }[],
  asked: string | null,
): Report[] {
  const wanted = new Set([
    ...reportCatalogue(reports).recent.map((report) => report.id),
    ...candidates.map((candidate) => candidate.report),
    ...(asked ? [asked] : []),
  ]);
  return reports.filter((report) => wanted.has(report.id));
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => (seen.has(key(item)) ? false : (seen.add(key(item)), true)));
}
