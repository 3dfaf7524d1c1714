import type { PlannedQuestion } from "../plan/planned-question.js";

/** What the reports hold nearest to an unanswered question: the best-matching measure names and sentence. */
export function closestMatches(planned: PlannedQuestion): string[] {
  const measures = planned.links.measures.slice(0, 3).map((entry) => `${entry.item.name} (${entry.item.objective})`);
  const sentence = planned.links.sentences[0];
  return sentence ? [...measures, `"${shortened(sentence.sentence, 140)}"`] : measures;
}

/** The sentence cut at a space before `length` characters, so no figure is cut short ("£0.91m" never reads "£0.9…"). */
function shortened(sentence: string, length: number): string {
  if (sentence.length <= length) return sentence;
  const cut = sentence.lastIndexOf(" ", length);
  return `${sentence.slice(0, cut > 0 ? cut : length).replace(/[\s,;:]+$/, "")}…`;
}
