import type { Objective } from "../../report/objective.js";
import type { Report } from "../../report/report.js";
import type { Measure, MeasureValue } from "../../report/measure.js";
import type { Quote } from "../passages/quote.js";
import type { Choice } from "../answer.js";

/** What is known about one quoted figure of a measure. */
export interface QuotedFigure {
  readonly measure: Measure;
  readonly value: MeasureValue;
  /** The report's current column when it is blank and an earlier figure is quoted. */
  readonly blankCurrent: MeasureValue | null;
  readonly reportLabel: string;
}

/** Nothing in the reports answers the question. */
export interface NotFound {
  readonly kind: "not_found";
  readonly reason: string;
  readonly closest: readonly string[];
  /** The closest measures and objectives as questions to ask instead (empty when nothing is near). */
  readonly choices: readonly Choice[];
}

/** Objectives or measures picked out by rating or outcome. */
export interface Listing {
  readonly kind: "list";
  readonly report: Report;
  readonly subject: "objectives" | "measures";
  readonly objectives: readonly Objective[];
  readonly figures: readonly QuotedFigure[];
  readonly countOnly: boolean;
  /**
   * The theme the question narrows the list by ("children's"), and how many records, listed first, are about it;
   * the rest follow, so a record the names do not tie to the theme is never left out.
   */
  readonly theme?: { readonly words: string; readonly matching: number };
}

/** Figures, objectives and quotes about what the question names. */
export interface Found {
  readonly kind: "found";
  readonly report: Report;
  readonly figures: readonly QuotedFigure[];
  /** For a trend: every figure of each series, oldest first. */
  readonly trend: boolean;
  readonly objectives: readonly { readonly objective: Objective; readonly report: Report }[];
  readonly quotes: readonly Quote[];
  /** Remarks such as "SO-12 is a different objective in the other report". */
  readonly remarks: readonly string[];
  /** Lines that lead the answer, before figures and quotes ("DDF stands for …"). */
  readonly lead?: readonly string[];
}

/** The question needs more before it can be answered. */
export interface Clarify {
  readonly kind: "clarify";
  readonly reason: string;
  readonly choices: readonly Choice[];
}

export type Findings = NotFound | Listing | Found | Clarify;
