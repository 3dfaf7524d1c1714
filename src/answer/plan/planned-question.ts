import type { Report } from "../../report/report.js";
import type { Corpus } from "../corpus/build-corpus.js";
import type { WeighedTerm } from "../corpus/term-index.js";
import type { Links, SentenceMatch } from "../match/match-question.js";
import type { QuestionPeriod } from "../period/question-period.js";
import type { Plan } from "./plan.js";

/** What the offline planner needs: the reports newest first, the corpus, and the glossary's synonyms of a word. */
export interface PlanningContext {
  readonly reports: readonly Report[];
  readonly corpus: Corpus;
  readonly synonyms: (term: string) => readonly string[];
  /** Frequency rank of an English word (0 = most common), when a word list is loaded. */
  readonly englishRank?: (word: string) => number | undefined;
}

/** A plan with what the planner saw on the way, for the executor and for explaining a "not found". */
export interface PlannedQuestion {
  readonly plan: Plan;
  readonly links: Links;
  readonly weighed: readonly WeighedTerm[];
  readonly period: QuestionPeriod | null;
  /** The question names a period no report covers ("Q3 2025-26" when the latest report is Q2). */
  readonly periodNotCovered: boolean;
  /** The plan was carried over from the previous turn. */
  readonly followUp: boolean;
  /** Why the question cannot be planned without more: a follow-up with nothing to follow, or nothing to go on; null when it can. */
  readonly clarification: string | null;
  /** "What does DDF stand for?": the acronym asked about, with the glossary's meaning when it has one. */
  readonly definition: { readonly acronym: string; readonly glossary: string | null } | null;
  /** For a list of objectives: the latest expected completion asked for, as a month number (see `monthNumber`). */
  readonly completionBy: number | null;
  /** …and the earliest ("in 2029" is January to December 2029); null for "by" or "before". */
  readonly completionFrom: number | null;
  /**
   * "vacancies & agency staff, any progress?": for a topic of two or three parts, the sentence that holds each part
   * best, so each part is answered; empty for a topic of one part.
   */
  readonly sideSentences?: readonly SentenceMatch[];
}
