import type { ExecutionContext } from "./execution-context.js";
import type { Quote } from "./quote.js";
import type { PlannedQuestion } from "../plan/planned-question.js";
import { searchBonus } from "./search-bonus.js";
import { statedFigures } from "../corpus/stated-figures.js";
import { uniqueQuotes } from "./unique-quotes.js";
import { sideQuotes } from "./side-quotes.js";
import { mentionedFigureKind } from "../plan/asked-unit.js";
import { reportCatalogue } from "../../report/report-catalogue.js";

/**
 * The prose sentences that answer the question by themselves (holding at least `threshold` of it), best first: at
 * most three, and on a topic up to three sentences after the best and one after the next (seven at most). A figure
 * question's best sentence that states a figure of the kind asked for needs only `kindThreshold`.
 */
export function bestSentences(
  planned: PlannedQuestion,
  reportId: string | null,
  threshold: number,
  context: ExecutionContext,
  kindThreshold = threshold,
): Quote[] {
  const { byId, positions: order } = reportCatalogue(context.reports);
  const unit = mentionedFigureKind(planned.plan.topic);
  // A figure question prefers a sentence that states a figure of the kind asked for, and takes none that states no figure.
  const figureQuestion = planned.plan.intent === "figure";
  const topicQuestion = planned.plan.intent === "summary" || planned.plan.intent === "explain";
  // "When is … due?" is answered by a date, not a figure.
  const asksWhen = /^\s*(?:when|by when|what date)\b/i.test(planned.plan.topic);
  // A period no report is of (say 2022-23) is answered only by a sentence that names it.
  const year = reportId ? null : (planned.plan.period?.financialYear ?? null);
  const namesYear = year ? yearPattern(year) : null;
  const scored = planned.links.sentences
    .filter((match) => !reportId || match.chunk.report === reportId)
    .filter((match) => !namesYear || namesYear.test(match.sentence))
    // The figure must be in what held the question: "This has included repairing defects" answers no pothole count
    // with the "£120m" of the sentence it points back to.
    .filter((match) => !figureQuestion || (asksWhen ? statesDate(match.scored) : hasNumber(match.scored)))
    .map((match) => ({
      ...match,
      score:
        match.coverage +
        searchBonus(match.chunk.id, context) +
        (unit && statedFigures(match.sentence).some((figure) => unit === "any" || figure.unit === unit) ? 0.08 : 0),
    }))
    .sort((left, right) => right.score - left.score);
  const best = scored[0];
  // "how many food pantries are there now": a sentence stating a figure of the kind asked for answers with a little
  // less of the question's words ("now", a word of the asker's own) than one that merely holds a number.
  const statesKind =
    figureQuestion &&
    unit !== null &&
    unit !== "any" &&
    best !== undefined &&
    statedFigures(best.sentence).some((figure) => figure.unit === unit);
  const needed = statesKind ? Math.min(threshold, kindThreshold) : threshold;
  if (!best || best.coverage < needed) return [];
  const close = scored
    // A topic ("what are we doing about …") is answered by what the reports say of it, not by one sentence: any
    // sentence holding most of it counts; a lookup takes only those as good as the best.
    .filter(
      (match) =>
        match.coverage >= needed && (match.score >= best.score - 0.1 || (topicQuestion && match.coverage >= 0.6)),
    )
    // Latest report by default: among sentences as good, the newest report's come first.
    .sort(
      (left, right) =>
        (order.get(left.chunk.report) ?? 0) - (order.get(right.chunk.report) ?? 0) || right.score - left.score,
    );
  const chosen = close.slice(0, 3);
  const chosenTexts = new Set(chosen.map((match) => match.sentence));
  return uniqueQuotes(
    chosen
      .flatMap((match, rank) => {
        const report = byId.get(match.chunk.report);
        if (!report) return [];
        // An achievement is one short bullet: quoted whole, its figures and what they led to stay together.
        if (match.chunk.kind === "achievement")
          return [{ report, objective: match.chunk.objective, text: match.chunk.text }];
        const quote = { report, objective: match.chunk.objective, text: match.sentence };
        // On a topic, the sentence after each of the two best is where commentary says what came of it ("the
        // transition date has been revised to …", "GEF 2.0 is being developed"): quoted after it.
        const following = topicQuestion
          ? followingSentences(match.chunk.id, match.sentence, rank === 0 ? 3 : rank === 1 ? 1 : 0, context)
          : [];
        return [quote, ...following.filter((text) => !chosenTexts.has(text)).map((text) => ({ ...quote, text }))];
      })
      .slice(0, 7)
      // A topic of several parts: the sentence holding each part best, when the best of the whole misses it.
      .concat(topicQuestion || planned.plan.intent === "draft" ? sideQuotes(planned, context) : []),
  );
}

/**
 * Up to `most` sentences after `sentence` in its passage, while each is a sentence of substance (six words or more)
 * and together they stay under 600 characters: where commentary says what came of it ("the transition date has been
 * revised to …", "the Council has also commissioned …").
 */
function followingSentences(chunkId: string, sentence: string, most: number, context: ExecutionContext): string[] {
  if (most === 0) return [];
  const passage = context.corpus.passageById.get(chunkId);
  // A matched sentence may be read with the one before it: it ends with the passage's own sentence.
  const index =
    passage?.sentences.findIndex((entry) => sentence === entry.text || sentence.endsWith(` ${entry.text}`)) ?? -1;
  if (!passage || index < 0) return [];
  // A long paragraph is chunked: its next chunk ("…/commentary-2" after "…/commentary-1") goes on with it.
  const nextId = chunkId.replace(/(\d+)$/, (number) => String(Number(number) + 1));
  const nextChunk = nextId === chunkId ? undefined : context.corpus.passageById.get(nextId);
  const after = [...passage.sentences.slice(index + 1), ...(nextChunk?.sentences ?? [])];
  const following: string[] = [];
  let length = 0;
  for (const entry of after.slice(0, most)) {
    if (entry.text.split(/\s+/).length < 6 || length + entry.text.length > 600) break;
    following.push(entry.text);
    length += entry.text.length;
  }
  return following;
}

/** Whether a sentence names a date: a month, a year, or a quarter of a year. */
function statesDate(sentence: string): boolean {
  return /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d|q[1-4]|quarter [1-4])\b/i.test(
    sentence,
  );
}

/** Whether a sentence states any number other than a year ("20 days", "23.5", "£1.85m", "30"). */
function hasNumber(sentence: string): boolean {
  return [...sentence.matchAll(/(?<![\w/-])\d[\d,]*(?:\.\d+)?/g)].some(
    (match) => !/^(?:19|20)\d\d$/.test(match[0]) && !/SO-$/.test(sentence.slice(0, match.index)),
  );
}

/** "2022-23" written any of the ways the reports do: "2022-23", "2022/23", "2022-2023", "2022 to 2023". */
function yearPattern(financialYear: string): RegExp {
  const start = financialYear.slice(0, 4);
  const end = financialYear.slice(5, 7);
  return new RegExp(`\\b${start}\\s*(?:[-–/]|to)\\s*(?:20)?${end}\\b`);
}
