import { z } from "zod";
import { progressRatingSchema } from "./ratings.js";

/** A strategic objective row of a progress table. */
export const objectiveSchema = z.object({
  /** "<report id>/<code>", e.g. "2025-26-q2/SO-12". */
  id: z.string(),
  report: z.string(),
  /** "SO-nn". */
  code: z.string().regex(/^SO-\d{2}$/),
  /** Outcome name the objective sits under (from the section heading). */
  outcome: z.string(),
  title: z.string().min(1),
  /** As printed: "Apr 2027", "Mar-25". */
  expectedCompletion: z.string(),
  progress: progressRatingSchema,
  /** Clean text, no HTML; paragraphs separated by a blank line. */
  commentary: z.string(),
  /** 1-based line of the report file where the row starts. */
  line: z.number().int().positive(),
  /** The PDF page the row starts on, when the report was read from a PDF. */
  page: z.number().int().positive().optional(),
});
export type Objective = z.infer<typeof objectiveSchema>;
