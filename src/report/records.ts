import { z } from "zod";
import { measureSchema } from "./measure.js";
import { objectiveSchema } from "./objective.js";
import { reportSchema } from "./report.js";

/** Everything the store holds: the shape of `npm run records -- --json`. */
export const recordsSchema = z.object({
  reports: z.array(reportSchema),
  objectives: z.array(objectiveSchema),
  measures: z.array(measureSchema),
});
export type Records = z.infer<typeof recordsSchema>;
