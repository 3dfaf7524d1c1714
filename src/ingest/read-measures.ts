import type { Diagnostic } from "../report/diagnostic.js";
import type { MeasureTable, MeasureValue, PrintedValue } from "../report/measure.js";
import type { PerformanceRating } from "../report/ratings.js";
import type { TableRecord } from "./join-continued-rows.js";
import { recordText } from "./join-continued-rows.js";
import { parsePerformanceRating } from "./parse-ratings.js";
import { parsePrintedValue } from "./parse-printed-value.js";
import { normaliseWhitespace } from "./sentence-shape.js";
import { splitFootnoteMarkers } from "./split-footnote-markers.js";

/** A measure row read from its table, before notes are attached and ids are given. */
export interface DraftMeasure {
  readonly objective: string;
  readonly name: string;
  readonly table: MeasureTable;
  readonly values: MeasureValue[];
  readonly target: (PrintedValue & { period: string }) | null;
  readonly rating: PerformanceRating;
  readonly benchmark: PrintedValue | null;
  readonly benchmarkGroup: string | null;
  readonly frequency: string | null;
  readonly latestDataAsAt: string | null;
  /** Footnote markers found in any of the row's cells. */
  readonly markers: string[];
  readonly line: number;
}

const objectivePattern = /^(SO-\d{2}|Overarching Measure)$/;

function blankToNull(text: string | undefined): string | null {
  const value = normaliseWhitespace(text ?? "");
  return value === "" ? null : value;
}

/** Reads measure records (already joined over page breaks) into draft measures, flagging malformed figures. */
export function readMeasures(
  records: readonly TableRecord[],
  table: MeasureTable,
  file: string,
): { measures: DraftMeasure[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const measures: DraftMeasure[] = [];
  for (const record of records) {
    if (!objectivePattern.test(record.code)) {
      diagnostics.push({
        severity: "error",
        file,
        line: record.line,
        message: `measure objective "${record.code}": expected "SO-" and two digits, or "Overarching Measure"`,
      });
      continue;
    }
    const objective = record.code;
    const markers: string[] = [];
    // Every cell may carry a footnote marker; the measure collects them all, the text keeps none.
    const unmarked = (text: string): string => {
      const marked = splitFootnoteMarkers(normaliseWhitespace(text));
      markers.push(...marked.markers.filter((marker) => !markers.includes(marker)));
      return marked.text;
    };
    const name = unmarked(recordText(record, "name") ?? "");
    const read = (text: string, header: string): PrintedValue => {
      const printed = parsePrintedValue(unmarked(text));
      if (printed.malformed) {
        diagnostics.push({
          severity: "warning",
          file,
          line: record.line,
          message: `malformed figure "${printed.value}" under "${header}" for "${name}": kept as printed, no number read`,
        });
      }
      return printed;
    };
    const values: MeasureValue[] = [];
    let target: DraftMeasure["target"] = null;
    let benchmark: PrintedValue | null = null;
    for (const cell of record.cells) {
      const text = cell.fragments.join(" ");
      const { role, header } = cell.column;
      if (role === "value") {
        values.push({ period: header, ...read(text, header), markers: splitFootnoteMarkers(text).markers });
      } else if (role === "target" && text.trim() !== "") {
        target = { period: header, ...read(text, header) };
      } else if (role === "benchmark" && text.trim() !== "") {
        benchmark = read(text, header);
      }
    }
    const ratingText = unmarked(recordText(record, "rating") ?? "");
    const rating = parsePerformanceRating(ratingText);
    if (rating === undefined) {
      diagnostics.push({
        severity: "error",
        file,
        line: record.line,
        message: `performance rating "${ratingText}" of "${name}": expected Strong, Good, Review, Action or blank`,
      });
      continue;
    }
    if (name === "") {
      diagnostics.push({
        severity: "error",
        file,
        line: record.line,
        message: `measure row of ${objective} has no name: expected the measure text`,
      });
      continue;
    }
    measures.push({
      objective,
      name,
      table,
      values,
      target,
      rating,
      benchmark,
      benchmarkGroup: blankToNull(unmarked(recordText(record, "benchmarkGroup") ?? "")),
      frequency: blankToNull(unmarked(recordText(record, "frequency") ?? "")),
      latestDataAsAt: blankToNull(unmarked(recordText(record, "latestDataAsAt") ?? "")),
      markers,
      line: record.line,
    });
  }
  return { measures, diagnostics };
}
