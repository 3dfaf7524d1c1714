import type { Catalogue } from "./summarise-catalogue.js";

/**
 * Questions to suggest (assistant prompts, App Home, help), built from what is loaded rather than written for one report:
 * the latest report's objectives that need attention give the "why" example.
 */
export function exampleQuestions(catalogue: Catalogue): string[] {
  const latest = [...catalogue.reports].sort((left, right) => right.periodEnd.localeCompare(left.periodEnd))[0];
  const objectives = catalogue.objectives.filter((objective) => objective.report === latest?.id);
  const flagged =
    objectives.find((objective) => objective.progress === "Action") ??
    objectives.find((objective) => objective.progress === "Review");
  const questions = ["Which objectives require action?"];
  if (flagged?.progress != null) questions.push(`Why is ${flagged.code} rated ${flagged.progress.toLowerCase()}?`);
  questions.push("How many objectives show good progress?");
  if (latest !== undefined) questions.push(`Summarise the ${latest.periodLabel} report`);
  return questions;
}
