import { z } from "zod";

/** What `build-index.ts` is given: the reports to ingest, where to put the store and the index, the data folder with the converted word vectors. */
export const buildIndexInputSchema = z.object({
  reportsDirectory: z.string(),
  databasePath: z.string(),
  indexDirectory: z.string(),
  dataDirectory: z.string(),
});
export type BuildIndexInput = z.infer<typeof buildIndexInputSchema>;

/** What it measured, in milliseconds and bytes. */
export const buildIndexOutputSchema = z.object({
  reports: z.number(),
  objectives: z.number(),
  measures: z.number(),
  warnings: z.number(),
  ingestMilliseconds: z.number(),
  wordVectorLoadMilliseconds: z.number(),
  indexMilliseconds: z.number(),
  chunks: z.number(),
  databaseBytes: z.number(),
  indexBytes: z.number(),
  peakRssMegabytes: z.number(),
});
export type BuildIndexOutput = z.infer<typeof buildIndexOutputSchema>;
