import type { Measure } from "../../report/measure.js";
import type { Objective } from "../../report/objective.js";
import type { Report } from "../../report/report.js";
import type { Found, NotFound } from "./findings.js";
import type { ExecutionContext } from "../passages/execution-context.js";
import type { Quote } from "../passages/quote.js";
import type { QuotedFigure } from "./findings.js";
import { objectiveQuotes, wantsReasons } from "../passages/objective-quotes.js";
import type { PeriodKey } from "../period/period-key.js";
import type { PlannedQuestion } from "../plan/planned-question.js";
import { quoteFigure } from "./quote-figure.js";
import { reportLabel } from "../../report/report-label.js";
import { reportCatalogue } from "../../report/report-catalogue.js";

/** The objectives a plan names by code, in the report asked for or the newest that has them, with their measures and commentary. */
export function findObjectiveFacts(
  planned: PlannedQuestion,
  mainReport: Report,
  asked: PeriodKey | null,
  context: ExecutionContext,
): Found | NotFound {
  const { plan } = planned;
  const { byId } = reportCatalogue(context.reports);
  const objectives: { objective: Objective; report: Report }[] = [];
  const remarks: string[] = [];
  const figures: QuotedFigure[] = [];
  const quotes: Quote[] = [];
  for (const code of plan.objectives) {
    const everywhere = context.queries.findObjectives({ codes: [code] });
    const chosen =
      everywhere.find((objective) => objective.report === mainReport.id) ?? (plan.report ? undefined : everywhere[0]);
    if (!chosen) continue;
    const report = byId.get(chosen.report) ?? mainReport;
    objectives.push({ objective: chosen, report });
    for (const other of everywhere.filter((objective) => objective.report !== chosen.report)) {
      const otherReport = byId.get(other.report);
      if (otherReport && other.title !== chosen.title) {
        remarks.push(`${code} means a different objective in the ${reportLabel(otherReport)}: "${other.title}".`);
      }
    }
    const measures = context.queries.findMeasures({ report: report.id, objectives: [code] });
    const wanted =
      plan.measures.length > 0 ? measures.filter((measure) => plan.measures.includes(measure.id)) : measures;
    const ordered = wantsReasons(plan) ? [...wanted].sort((left, right) => concern(right) - concern(left)) : wanted;
    figures.push(...ordered.slice(0, 6).flatMap((measure) => quoteFigure(measure, asked, report)));
    quotes.push(...objectiveQuotes(planned, chosen, report, context));
  }
  if (objectives.length === 0) {
    const where = plan.report ? `the ${reportLabel(mainReport)}` : "the reports";
    return {
      kind: "not_found",
      reason: `${plan.objectives.join(", ")} is not an objective in ${where}.`,
      closest: [],
      choices: [],
    };
  }
  return {
    kind: "found",
    report: objectives[0]?.report ?? mainReport,
    figures,
    trend: false,
    objectives,
    quotes,
    remarks,
  };
}

function concern(measure: Measure): number {
  return measure.rating === "Action" ? 3 : measure.rating === "Review" ? 2 : measure.rating === null ? 0 : 1;
}
