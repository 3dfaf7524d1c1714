import { z } from "zod";

export const readPdfsInputSchema = z.object({ directory: z.string() });

export const readPdfsOutputSchema = z.object({
  files: z.array(z.object({ file: z.string(), pages: z.number(), milliseconds: z.number(), records: z.number() })),
  pages: z.number(),
  milliseconds: z.number(),
  millisecondsPerPage: z.number(),
  peakRssMegabytes: z.number(),
});
export type ReadPdfsOutput = z.infer<typeof readPdfsOutputSchema>;
