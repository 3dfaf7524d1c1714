import type { Objective } from "../../report/objective.js";
import type { Report } from "../../report/report.js";
import type { ObjectiveFact } from "../answer.js";

/** An objective's progress rating as the answer's fact: its report, code, title, rating and expected completion. */
export function objectiveFact(objective: Objective, report: Report): ObjectiveFact {
  return {
    type: "objective",
    report: report.id,
    reportTitle: report.title,
    code: objective.code,
    title: objective.title,
    progress: objective.progress,
    expectedCompletion: objective.expectedCompletion,
  };
}
