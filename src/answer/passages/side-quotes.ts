import { reportCatalogue } from "../../report/report-catalogue.js";
import type { PlannedQuestion } from "../plan/planned-question.js";
import type { ExecutionContext } from "./execution-context.js";
import type { Quote } from "./quote.js";

/**
 * "Children's social worker vacancies & agency staff, any progress?": the sentence holding each part of a topic of
 * several parts best, as quotes, so each part has its answer (an achievement bullet quoted whole).
 */
export function sideQuotes(planned: PlannedQuestion, context: ExecutionContext): Quote[] {
  const { byId } = reportCatalogue(context.reports);
  return (planned.sideSentences ?? []).flatMap((match) => {
    const report = byId.get(match.chunk.report);
    if (!report) return [];
    const text = match.chunk.kind === "achievement" ? match.chunk.text : match.sentence;
    return [{ report, objective: match.chunk.objective, text }];
  });
}
