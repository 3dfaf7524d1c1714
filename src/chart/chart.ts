import { z } from "zod";

/** A point of a measure's series: a printed figure with the number it states, where it was printed. */
export const seriesPointSchema = z.object({
  /** The measure's name as its newest report prints it: the series the point belongs to. */
  series: z.string(),
  measureId: z.string(),
  report: z.string(),
  /** "Q2 2025-26 report". */
  reportLabel: z.string(),
  objective: z.string(),
  /** The column header as printed ("Quarter 2 2025-26 YTD"). */
  period: z.string(),
  /** The label on the axis: the period, with the report when two reports print the same header. */
  x: z.string(),
  /** The figure as printed ("4.60%"): the point's label. */
  value: z.string(),
  number: z.number(),
  /** A later report restates this period with another figure: this is the restated one. */
  revised: z.boolean(),
});
export type SeriesPoint = z.infer<typeof seriesPointSchema>;

/** A target the report prints for one of the series' periods. */
export const targetPointSchema = z.object({
  series: z.string(),
  x: z.string(),
  value: z.string(),
  number: z.number(),
  /** The target column's header ("Performance Target at Q2"). */
  targetPeriod: z.string().nullable(),
});
export type TargetPoint = z.infer<typeof targetPointSchema>;

export const benchmarkLineSchema = z.object({
  series: z.string(),
  value: z.string(),
  number: z.number(),
  /** "England", "Statistical neighbours"… */
  group: z.string().nullable(),
});
export type BenchmarkLine = z.infer<typeof benchmarkLineSchema>;

export const chartUnitSchema = z.enum(["percent", "pounds", "count", "number"]);
export type ChartUnit = z.infer<typeof chartUnitSchema>;

/** One or more measures sharing a unit, over every period the reports print, with targets and benchmarks. */
export const seriesChartSchema = z.object({
  kind: z.literal("series"),
  title: z.string(),
  unit: chartUnitSchema,
  points: z.array(seriesPointSchema),
  targets: z.array(targetPointSchema),
  benchmarks: z.array(benchmarkLineSchema),
  /** What qualifies the figures: revised figures, a change of method. Printed under the title. */
  notes: z.array(z.string()),
  /** "Source: Q2 2025-26 report, SO-21; 2024-25 year-end report, SO-25". */
  source: z.string(),
});
export type SeriesChart = z.infer<typeof seriesChartSchema>;

/** How many objectives (or measures) of one report carry one rating. */
export const ratingBarSchema = z.object({
  report: z.string(),
  reportLabel: z.string(),
  /** The printed rating, or "Not rated" for a blank one. */
  rating: z.string(),
  count: z.number().int().positive(),
});
export type RatingBar = z.infer<typeof ratingBarSchema>;

/** Objectives by progress rating, or measures by performance rating, per report (stacked bars). */
export const ratingsChartSchema = z.object({
  kind: z.literal("ratings"),
  subject: z.enum(["objectives", "measures"]),
  /** Only this outcome's objectives or measures; null for all. */
  outcome: z.string().nullable(),
  title: z.string(),
  /** Oldest report first, ratings in the report key's order. */
  bars: z.array(ratingBarSchema),
  source: z.string(),
});
export type RatingsChart = z.infer<typeof ratingsChartSchema>;

/** A chart as data: every value a figure the reports print or a count of their records. `ask --json` carries it. */
export const chartSchema = z.discriminatedUnion("kind", [seriesChartSchema, ratingsChartSchema]);
export type Chart = z.infer<typeof chartSchema>;
