import type { Diagnostic } from "../report/diagnostic.js";
import type { ProgressRating } from "../report/ratings.js";
import type { TableRecord } from "./join-continued-rows.js";
import { recordText } from "./join-continued-rows.js";
import { joinCommentary } from "./join-commentary.js";
import { parseProgressRating } from "./parse-ratings.js";
import { splitFootnoteMarkers } from "./split-footnote-markers.js";

/** An objective before its commentary is finalised: paragraphs kept apart so page-break tails can move. */
export interface DraftObjective {
  readonly code: string;
  readonly title: string;
  readonly expectedCompletion: string;
  readonly progress: ProgressRating;
  paragraphs: string[];
  readonly line: number;
}

const codePattern = /^SO-\d{2}$/;

/** Reads objective records (already joined over page breaks) into draft objectives. */
export function readObjectives(
  records: readonly TableRecord[],
  file: string,
): { objectives: DraftObjective[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const objectives: DraftObjective[] = [];
  for (const record of records) {
    if (!codePattern.test(record.code)) {
      diagnostics.push({
        severity: "error",
        file,
        line: record.line,
        message: `objective code "${record.code}": expected "SO-" and two digits`,
      });
      continue;
    }
    const progressText = splitFootnoteMarkers(recordText(record, "progress") ?? "").text;
    const progress = parseProgressRating(progressText);
    if (progress === undefined) {
      diagnostics.push({
        severity: "error",
        file,
        line: record.line,
        message: `progress "${progressText}" of ${record.code}: expected Complete, Good, Review, Action or blank`,
      });
      continue;
    }
    const title = recordText(record, "title") ?? "";
    if (title === "")
      diagnostics.push({
        severity: "error",
        file,
        line: record.line,
        message: `${record.code} has no title: expected the strategic objective text`,
      });
    const commentary = record.cells.find((cell) => cell.column.role === "commentary")?.fragments ?? [];
    objectives.push({
      code: record.code,
      title,
      expectedCompletion: recordText(record, "expectedCompletion") ?? "",
      progress,
      paragraphs: joinCommentary(commentary),
      line: record.line,
    });
  }
  return { objectives, diagnostics };
}
