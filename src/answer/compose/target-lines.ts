import type { Fact, MeasureFact } from "../answer.js";

/**
 * One line per measure saying how its figure stands against its target, from the facts alone: "Target for X:
 * 95% (2025-26); 91.2% for Quarter 2 2025-26 YTD, rated Review." or "No target is set for X in the Q2 report".
 * Each measure once, at its newest figure.
 */
export function targetLines(facts: readonly Fact[]): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const fact of facts) {
    if (fact.type !== "measure" || seen.has(fact.measureId)) continue;
    seen.add(fact.measureId);
    lines.push(targetLine(fact));
  }
  return lines;
}

function targetLine(fact: MeasureFact): string {
  const figure = `${fact.value} for ${fact.period}`;
  const hasTarget =
    fact.target !== null && fact.target.trim() !== "" && !/^(?:n\/?a|none|-)$/i.test(fact.target.trim());
  if (!hasTarget)
    return `No target is set for ${fact.measure} (${fact.reportTitle}, ${fact.objective}); the figure is ${figure}${fact.rating ? `, rated ${fact.rating}` : ""}.`;
  const period = fact.targetPeriod ? ` (${fact.targetPeriod})` : "";
  return `Target for ${fact.measure}: ${fact.target}${period}; the figure is ${figure}${fact.rating ? `, rated ${fact.rating}` : ", with no rating given"} (${fact.reportTitle}, ${fact.objective}).`;
}
