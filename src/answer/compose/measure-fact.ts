import type { Report } from "../../report/report.js";
import type { Fact } from "../answer.js";
import { isCurrent } from "./figure-text.js";
import type { QuotedFigure } from "../facts/findings.js";

/** A quoted figure as an answer fact: the printed value, its column, target, rating (only for the current column) and benchmark. */
export function measureFact(figure: QuotedFigure, report: Report | null): Fact {
  const { measure, value } = figure;
  return {
    type: "measure",
    report: measure.report,
    reportTitle: report && report.id === measure.report ? report.title : figure.reportLabel,
    objective: measure.objective,
    measureId: measure.id,
    measure: measure.name,
    period: value.period,
    value: value.value,
    // Target and rating are printed against the current column: an earlier column's figure gets neither.
    target: isCurrent(figure) ? measure.target?.value || null : null,
    targetPeriod: isCurrent(figure) ? measure.target?.period || null : null,
    // The printed rating belongs to the current column; an earlier column's figure has none of its own.
    rating: isCurrent(figure) ? measure.rating : null,
    benchmark: measure.benchmark?.value || null,
    benchmarkGroup: measure.benchmarkGroup,
  };
}
