import type { Answer } from "../answer/answer.js";
import type { Measure } from "../report/measure.js";
import type { Records } from "../report/records.js";
import type { Chart } from "./chart.js";
import { ratingsChart } from "./ratings-chart.js";
import { seriesChart } from "./series-chart.js";

const asksForChart = /\b(?:chart|graph|plot|visuali[sz]e|visuali[sz]ation|draw)\b|\bshow me\b.*\bover time\b/i;
const namesRecords = /\b(?:objectives?|measures?|indicators?|kpis?|ratings?|rag)\b/i;
const byRating =
  /\bby (?:rating|rag|progress|performance|status|colour)\b|\b(?:rating|rag) (?:breakdown|split|profile)\b/i;

/** What choosing a chart reads besides the answer: the records, with each measure by id. */
export interface ChartRecords {
  readonly records: Records;
  readonly measuresById: ReadonlyMap<string, Measure>;
}

/** The look-ups of `chooseChart`, built once from the loaded records. */
export function chartRecords(records: Records): ChartRecords {
  return { records, measuresById: new Map(records.measures.map((measure) => [measure.id, measure])) };
}

/**
 * The chart an answer gets, if any: a rating breakdown ("objectives by rating", or any list asked as a chart) as
 * stacked bars per report; a trend or a comparison, or any answer asked as a chart, as its measures' series. A
 * single figure, a filtered list or an answer that found nothing draws nothing.
 */
export function chooseChart(question: string, answer: Answer, from: ChartRecords): Chart | null {
  if (answer.status !== "answered") return null;
  const { plan } = answer;
  const wantsChart = asksForChart.test(question);
  const listing = plan.intent === "list" || plan.intent === "count";
  if (listing && plan.ratings.length === 0 && namesRecords.test(question) && (wantsChart || byRating.test(question)))
    return ratingsChart(plan.subject ?? "objectives", from.records, {
      outcome: plan.outcome,
      reports: plan.report === null ? null : [plan.report],
    });
  const compared = answer.facts.some(
    (fact) => fact.type === "derived" && (fact.derived.op === "difference" || fact.derived.op === "percent-change"),
  );
  if (plan.intent === "trend" || compared || wantsChart) return seriesChart(answer, from.measuresById);
  return null;
}
