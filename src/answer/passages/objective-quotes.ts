import type { Objective } from "../../report/objective.js";
import type { Report } from "../../report/report.js";
import type { ExecutionContext } from "./execution-context.js";
import type { Quote } from "./quote.js";
import type { PlannedQuestion } from "../plan/planned-question.js";
import { coverage } from "../corpus/term-index.js";
import type { Plan } from "../plan/plan.js";
import { statedFigures } from "../corpus/stated-figures.js";

const explanationCue =
  /\b(backlog|below|behind|delay|delayed|risk|risks|challeng\w*|pressure|pressures|not on track|declin\w*|reduction|shortfall|overspend|uncertain\w*|concern\w*|significant\w*|insufficient|lack|demand|reliant|unlikely|issue|issues|difficult\w*|lower than|worse|missed|remains|remain|targets?|short of|fewer|less than)\b/gi;

// Words by which a sentence points back to the one before it.
const pointsBack =
  /^(?:this|these|that|those|it|however|as a result|consequently|therefore)\b|\b(?:this|these|that|those|such)\s+(?:level|levels|investment|amount|figure|figures|increase|decrease|reduction|growth|funding|work|approach|position|shortfall|pressure|pressures|demand)\b/i;

/** "Why …?", or a draft on why ("a reply on why direct payments are down"): quotes that give reasons answer it. */
export function wantsReasons(plan: Plan): boolean {
  return (
    plan.intent === "explain" ||
    (plan.intent === "draft" && /\b(?:why|reasons?|how come|explain\w*)\b/i.test(plan.topic))
  );
}

/** Sentences of an objective's own commentary: for "why", the ones that give reasons; else the ones on the question. */
export function objectiveQuotes(
  planned: PlannedQuestion,
  objective: Objective,
  report: Report,
  context: ExecutionContext,
): Quote[] {
  const passages = context.corpus.commentaryByObjective.get(`${objective.report}/${objective.code}`) ?? [];
  const words = (text: string) => text.split(/\s+/).length;
  const ranked = passages.flatMap((passage, passageIndex) => {
    const all = passage.sentences;
    return all
      .map((sentence, index) => ({ sentence, before: index > 0 ? all[index - 1] : undefined }))
      .filter(({ sentence }) => words(sentence.text) >= 6)
      .map(({ sentence, before }, sentenceIndex) => {
        const held = coverage(planned.weighed, sentence.terms);
        const cues = wantsReasons(planned.plan) ? (sentence.text.match(explanationCue)?.length ?? 0) : 0;
        // "On 9 July 2025. Council received a report…": a dated fragment split off the sentence it begins.
        const lead = before && words(before.text) < 6 && /\d/.test(before.text) ? `${before.text} ` : "";
        return {
          text: `${lead}${sentence.text}`,
          score: held + 0.25 * Math.min(cues, 3) + (/\d/.test(sentence.text) ? 0.05 : 0),
          position: passageIndex * 1000 + sentenceIndex,
        };
      });
  });
  const sorted = [...ranked].sort((left, right) => right.score - left.score);
  // For "why", a fourth sentence: the best one left that states a figure and gives a reason or holds the question,
  // since the shortfall behind a rating is often a number ("£9.656m of the target £10.271m savings … delivered").
  const figure = wantsReasons(planned.plan)
    ? sorted.slice(3).find((entry) => entry.score >= 0.25 && statedFigures(entry.text).length > 0)
    : undefined;
  const chosen = [...sorted.slice(0, 3), ...(figure ? [figure] : [])];
  const picked = chosen.some((entry) => entry.score > 0)
    ? chosen.filter((entry) => entry.score > 0)
    : ranked.slice(0, 2);
  // "The challenge is to … deliver this level of investment": a sentence that points back is quoted with the one
  // it points to.
  for (const entry of [...picked]) {
    const before = ranked.find((candidate) => candidate.position === entry.position - 1);
    if (before && !picked.includes(before) && pointsBack.test(entry.text)) picked.push(before);
  }
  // "The latest on X": what came of it follows the sentences that name it ("Since that time…", "The Council has
  // also commissioned…"), so the sentences after them are quoted too, five in all.
  if (planned.plan.intent === "summary")
    for (let grown = true; grown && picked.length < 5; ) {
      grown = false;
      const following = ranked.find(
        (entry, index) => index > 0 && picked.includes(ranked[index - 1]!) && !picked.includes(entry),
      );
      if (following) {
        picked.push(following);
        grown = true;
      }
    }
  return picked
    .sort((left, right) => left.position - right.position)
    .map((entry) => ({
      report,
      objective: objective.code,
      text: entry.text,
      ...(objective.page === undefined ? {} : { page: objective.page }),
    }));
}
