import type { Corpus } from "../corpus/build-corpus.js";
import { coverageInContext, type WeighedTerm } from "../corpus/term-index.js";
import { topicTerms } from "../corpus/topic-terms.js";
import { outcomeWords } from "../read/outcome-words.js";

const ratingTerms = new Set(
  topicTerms(
    "rated rating ratings rag status good green red amber review action strong complete completed track outcome outcomes theme section every everything anything all any",
  ),
);

/**
 * The theme a list is narrowed by ("which children's measures are red" → children): the question's topic words,
 * less the outcome it names (its name and statement) and the words of its rating. Empty when the list has no theme.
 */
export function themeTerms(
  weighed: readonly WeighedTerm[],
  outcome: { readonly name: string; readonly description: string } | null,
): WeighedTerm[] {
  // The outcome's name and statement ("the value for money outcome") name the outcome, not a theme within it.
  const named = new Set(outcome ? topicTerms(`${outcomeWords(outcome.name).join(" ")} ${outcome.description}`) : []);
  return weighed.filter((term) => !named.has(term.term) && !ratingTerms.has(term.term));
}

/**
 * Whether a listed record is about the theme: its name (an objective's title) holds at least half of the theme's
 * weight, a measure's objective title counting at half.
 */
export function aboutTheme(
  theme: readonly WeighedTerm[],
  record: { readonly kind: "measure" | "objective"; readonly id: string },
  corpus: Corpus,
): boolean {
  if (theme.length === 0) return true;
  if (record.kind === "measure") {
    const entry = corpus.measureById.get(record.id);
    return entry ? coverageInContext(theme, entry.terms, entry.contextTerms) >= 0.5 : false;
  }
  const entry = corpus.objectiveById.get(record.id);
  return entry ? coverageInContext(theme, entry.terms, new Set()) >= 0.5 : false;
}
