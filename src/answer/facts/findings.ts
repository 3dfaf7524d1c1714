import type { Objective } from "../../report/objective.js";
import type { Report } from "../../report/report.js";
import type { Hit } from "../../search/hit.js";
import type { Corpus } from "../corpus/build-corpus.js";
import type { CommentaryConflict } from "../warnings/find-commentary-conflicts.js";
import type { QuotedFigure } from "../warnings/measure-warnings.js";
import type { RecordQueries } from "./record-queries.js";

/** What the executor reads from: the reports newest first, the store's queries, the corpus, the found conflicts. */
export interface ExecutionContext {
  readonly reports: readonly Report[];
  readonly queries: RecordQueries;
  readonly corpus: Corpus;
  readonly conflicts: readonly CommentaryConflict[];
  /** Chunks the hybrid search ranked for the question, best first (may be empty). */
  readonly hits: readonly Hit[];
}

/** A sentence quoted from a report. */
export interface Quote {
  readonly report: Report;
  readonly objective: string | null;
  readonly text: string;
  /** The PDF page the quoted row prints on, when known. */
  readonly page?: number;
}

/** Nothing in the reports answers the question. */
export interface NotFound {
  readonly kind: "not_found";
  readonly reason: string;
  readonly closest: readonly string[];
}

/** Objectives or measures picked out by rating or outcome. */
export interface Listing {
  readonly kind: "list";
  readonly report: Report;
  readonly subject: "objectives" | "measures";
  readonly objectives: readonly Objective[];
  readonly figures: readonly QuotedFigure[];
  readonly countOnly: boolean;
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
}

export type Findings = NotFound | Listing | Found | Clarify;
