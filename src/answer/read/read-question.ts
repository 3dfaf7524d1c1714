import { capitaliseAcronyms, type KnownAcronym } from "./capitalise-acronyms.js";
import { type Correction, correctSpelling, type Lexicon } from "./correct-spelling.js";
import { expandShorthand } from "./expand-shorthand.js";
import { readOutcomeNames } from "./read-outcome-names.js";
import { readRatingQuestion } from "./read-rating-question.js";
import { readTopicFraming } from "./read-topic-framing.js";
import { splitQuestionParts } from "./split-question-parts.js";
import { stripFraming } from "./strip-framing.js";

/** What reading needs: the outcome names of the loaded reports and the vocabulary for typos. */
export interface ReadingContext {
  readonly outcomeNames: readonly string[];
  readonly lexicon: Lexicon | null;
  /** The glossary's acronyms: those that are also words are read as acronyms when typed in lower case. */
  readonly acronyms?: readonly KnownAcronym[];
}

/** A question as the planner reads it. */
export interface ReadQuestion {
  /** The question as asked. */
  readonly asked: string;
  /** The parts to answer in turn, each a plain question; a later part may lean on the one before ("are we hitting it"). */
  readonly parts: readonly string[];
  /** The framing asked for a briefing draft ("Cllr Smith asked…", "draft me a reply"). */
  readonly draft: boolean;
  /** The framing asked for a chart: a measure's figures are then read as its trend. */
  readonly chart: boolean;
  /** Words read as others ("pothols" → "potholes"). */
  readonly corrections: readonly Correction[];
  /** The question needed reading at all: shorthand, framing, typos, parts or a rating said another way. */
  readonly rewritten: boolean;
}

/**
 * Reads a question the way people type it: shorthand written out, framing taken off (it picks the kind of answer,
 * not the topic), outcome names used as filters, typos read as the reports' words, several questions split into
 * parts, and a rating asked with no topic ("what's red?") turned into the lists it means.
 */
export function readQuestion(asked: string, context: ReadingContext): ReadQuestion {
  const expanded = expandShorthand(asked);
  const unframed = stripFraming(expanded);
  const named = capitaliseAcronyms(readOutcomeNames(unframed.text, context.outcomeNames), context.acronyms ?? []);
  const spelled = context.lexicon ? correctSpelling(named, context.lexicon) : { text: named, corrections: [] };
  const parts = splitQuestionParts(spelled.text).flatMap(
    (part) => readRatingQuestion(part, context.outcomeNames) ?? [readTopicFraming(part)],
  );
  const rewritten = parts.length !== 1 || parts[0] !== asked.trim();
  return { asked, parts, draft: unframed.draft, chart: unframed.chart, corrections: spelled.corrections, rewritten };
}
