import { z } from "zod";

/** What `start-engine.ts` is given: the reports, where the store and index go, whether to ingest first, one question. */
export const startEngineInputSchema = z.object({
  reportsDirectory: z.string(),
  databasePath: z.string(),
  indexDirectory: z.string(),
  ingest: z.boolean(),
  question: z.string(),
});
export type StartEngineInput = z.infer<typeof startEngineInputSchema>;

/** What it measured: ingest (null when not asked), createEngine, the question, and the process's peak memory. */
export const startEngineOutputSchema = z.object({
  ingestMilliseconds: z.number().nullable(),
  objectives: z.number(),
  measures: z.number(),
  notes: z.number(),
  engineMilliseconds: z.number(),
  indexRebuilt: z.boolean(),
  chunks: z.number(),
  questionMilliseconds: z.number(),
  questionStatus: z.string(),
  peakRssMegabytes: z.number(),
});
export type StartEngineOutput = z.infer<typeof startEngineOutputSchema>;
