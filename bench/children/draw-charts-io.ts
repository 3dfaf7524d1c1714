import { z } from "zod";
import { latencySummarySchema } from "./answer-questions-io.js";

/** What `draw-charts.ts` is given: the built store and index, and the bench questions. */
export const drawChartsInputSchema = z.object({
  reportsDirectory: z.string(),
  databasePath: z.string(),
  indexDirectory: z.string(),
  questions: z.array(z.string()).min(1),
  passes: z.number().int().min(1),
});
export type DrawChartsInput = z.infer<typeof drawChartsInputSchema>;

/** What it measured: how many answers drew a chart, the cost of deciding none, the first and the warm renders. */
export const drawChartsOutputSchema = z.object({
  questions: z.number(),
  charts: z.number(),
  /** Deciding that an answer draws no chart (`engine.chart` returning null), per answer. */
  chooseNone: latencySummarySchema,
  /** Chart-library modules (vega, vega-lite, resvg) loaded while answering every question, before any chart was drawn. */
  rendererModulesBeforeFirstChart: z.number(),
  /** The same count once the first chart is drawn: more than 0, or the watch saw nothing. */
  rendererModulesAfterFirstChart: z.number(),
  /** The first chart drawn in the process: font and module load, compile, layout, PNG. */
  firstMilliseconds: z.number(),
  firstTitle: z.string(),
  /** Every chart after the first, each drawn `passes` times. */
  warm: latencySummarySchema,
  pngBytes: z.object({ min: z.number(), max: z.number() }),
});
export type DrawChartsOutput = z.infer<typeof drawChartsOutputSchema>;
