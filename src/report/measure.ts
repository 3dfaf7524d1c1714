import { z } from "zod";
import { performanceRatingSchema } from "./ratings.js";

/** How a printed cell reads as a number. */
export const valueUnitSchema = z.enum(["percent", "pounds", "count", "number"]).nullable();
export type ValueUnit = z.infer<typeof valueUnitSchema>;

/** A printed cell with its parsed number beside it. The printed string is never altered. */
export const printedValueSchema = z.object({
  /** The cell as printed, footnote markers removed ("1,511,867", "£14.m", "n/a", ""). */
  value: z.string(),
  /** The number the cell states, scaled by a suffix ("£39m" → 39000000); null when blank or not a figure. */
  number: z.number().nullable(),
  unit: valueUnitSchema,
  /** Set when the cell looks like a figure but is malformed ("£14.m"): kept as printed, flagged. */
  malformed: z.boolean(),
});
export type PrintedValue = z.infer<typeof printedValueSchema>;

/** One value column of a measure row. */
export const measureValueSchema = printedValueSchema.extend({
  /** The column header as printed, normalised for whitespace ("Quarter 2 2025-26 YTD", "2024- 25"). */
  period: z.string(),
  /** Footnote markers that were attached to this cell ("b"). */
  markers: z.array(z.string()),
});
export type MeasureValue = z.infer<typeof measureValueSchema>;

export const measureTableSchema = z.enum(["latest", "annual", "awaiting", "previous-quarter", "overarching"]);
export type MeasureTable = z.infer<typeof measureTableSchema>;

/** A footnote resolved from a marker, or an explanatory paragraph printed under the measure's table. */
export const measureNoteSchema = z.object({
  /** "a", "b"… for a footnote; null for a paragraph under the table. */
  marker: z.string().nullable(),
  text: z.string(),
  line: z.number().int().positive(),
  /** The PDF page the note prints on, when the report was read from a PDF. */
  page: z.number().int().positive().optional(),
});
export type MeasureNote = z.infer<typeof measureNoteSchema>;

/** A measure row of a measure table. */
export const measureSchema = z.object({
  /** "<report id>/<objective>/<name slug>", unique within the store. */
  id: z.string(),
  report: z.string(),
  /** "SO-nn" or "Overarching Measure". */
  objective: z.string(),
  /** Outcome name of the section the table sits in. */
  outcome: z.string(),
  name: z.string().min(1),
  table: measureTableSchema,
  /** Value columns in printed order (not target, rating or benchmark). */
  values: z.array(measureValueSchema),
  target: printedValueSchema.extend({ period: z.string() }).nullable(),
  rating: performanceRatingSchema,
  benchmark: printedValueSchema.nullable(),
  benchmarkGroup: z.string().nullable(),
  frequency: z.string().nullable(),
  /** "Latest data as at" when the table has the column. */
  latestDataAsAt: z.string().nullable(),
  notes: z.array(measureNoteSchema),
  /** Normalised name shared by the same measure in different reports: the key of a series. */
  seriesKey: z.string(),
  line: z.number().int().positive(),
  /** The PDF page the row starts on, when the report was read from a PDF. */
  page: z.number().int().positive().optional(),
});
export type Measure = z.infer<typeof measureSchema>;
