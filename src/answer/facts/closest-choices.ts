import type { Choice } from "../answer.js";
import type { PlannedQuestion } from "../plan/planned-question.js";

/** Slack's limit on a button's text. */
const labelLength = 75;
const most = 3;

/**
 * What the reports hold nearest to an unanswered question, as questions to ask instead: the best-matching measures
 * by name (asking a measure's name answers its latest figure), then objectives by title, at most three, each named
 * once. Empty when nothing matched at all.
 */
export function closestChoices(planned: PlannedQuestion): Choice[] {
  const names = [
    ...planned.links.measures.map((entry) => entry.item.name),
    ...planned.links.objectives.map((entry) => entry.item.title),
  ];
  return namedChoices(names);
}

/** Each distinct name (case and spacing aside) as a choice, at most three. */
export function namedChoices(names: readonly string[]): Choice[] {
  const seen = new Set<string>();
  const choices: Choice[] = [];
  for (const name of names) {
    const question = name.replace(/\s+/g, " ").trim();
    const key = question.toLowerCase();
    if (question === "" || seen.has(key)) continue;
    seen.add(key);
    choices.push({ label: choiceLabel(question), question });
    if (choices.length === most) break;
  }
  return choices;
}

/** The text cut at a space to fit a button, with an ellipsis when cut. */
export function choiceLabel(text: string): string {
  if (text.length <= labelLength) return text;
  const room = labelLength - 1;
  const cut = text.lastIndexOf(" ", room);
  return `${text.slice(0, cut > labelLength / 2 ? cut : room).replace(/[\s,;:(–-]+$/, "")}…`;
}
