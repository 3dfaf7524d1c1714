import { z } from "zod";
import { periodSchema } from "../period/period-key.js";

/** What the question asks for. */
export const intentSchema = z.enum(["figure", "trend", "list", "count", "explain", "summary", "draft"]);
export type Intent = z.infer<typeof intentSchema>;

/** Any rating a question can filter by: objective progress or measure performance. */
export const ratingFilterSchema = z.enum(["Complete", "Good", "Review", "Action", "Strong", "Blank"]);
export type RatingFilter = z.infer<typeof ratingFilterSchema>;

/**
 * A question turned into a typed plan. Every property is required and nullable where it may be absent,
 * so the same schema serves OpenAI strict structured output.
 */
export const planSchema = z.object({
  intent: intentSchema,
  /** Objective codes the question is about ("SO-02"). */
  objectives: z.array(z.string()),
  /** Measure ids from the store the question is about. */
  measures: z.array(z.string()),
  /** Outcome name when the question names one ("Place"). */
  outcome: z.string().nullable(),
  /** Report id to answer from; null means the latest report. */
  report: z.string().nullable(),
  /** The period asked for, decided once by the planner (`period/question-period.ts`); null when none was given. */
  period: periodSchema.nullable(),
  /** Rating filter for list and count questions. */
  ratings: z.array(ratingFilterSchema),
  /** What a list or count enumerates. */
  subject: z.enum(["objectives", "measures"]).nullable(),
  /** The question's topic words, used for retrieving commentary. */
  topic: z.string(),
});
export type Plan = z.infer<typeof planSchema>;
