import type { Report } from "../../report/report.js";
import type { Hit } from "../../search/hit.js";
import type { Corpus } from "../corpus/build-corpus.js";
import type { CommentaryConflict } from "../corpus/find-commentary-conflicts.js";
import type { RecordQueries } from "../corpus/record-queries.js";

/** What the executor reads from: the reports newest first, the store's queries, the corpus, the found conflicts. */
export interface ExecutionContext {
  readonly reports: readonly Report[];
  readonly queries: RecordQueries;
  readonly corpus: Corpus;
  readonly conflicts: readonly CommentaryConflict[];
  /** Chunks the hybrid search ranked for the question, best first (may be empty). */
  readonly hits: readonly Hit[];
}
