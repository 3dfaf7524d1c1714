import type { PlannedQuestion } from "./plan-question.js";

/** What the reports hold nearest to an unanswered question: the best-matching measure names and sentence. */
export function closestMatches(planned: PlannedQuestion): string[] {
  const measures = planned.links.measures.slice(0, 3).map((entry) => `${entry.item.name} (${entry.item.objective})`);
  const sentence = planned.links.sentences[0];
  return sentence ? [...measures, `"${sentence.sentence.slice(0, 140)}${sentence.sentence.length > 140 ? "…" : ""}"`] : measures;
}
