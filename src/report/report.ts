import { z } from "zod";

/** An outcome (theme) of the council plan, as named in the report's contents and section headings. */
export const outcomeSchema = z.object({
  /** 1-based position in the report ("Outcome 2 - Place: …" → 2). */
  number: z.number().int().positive(),
  /** Short name used in section headings, e.g. "Place" or "Happy, safe, and healthy people". */
  name: z.string().min(1),
  /** The full outcome statement. */
  description: z.string(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

/** The progress counts the report states in its own prose ("20 show good progress, 3 require review…"). */
export const statedCountsSchema = z.object({
  total: z.number().int().nullable(),
  complete: z.number().int().nullable(),
  good: z.number().int().nullable(),
  review: z.number().int().nullable(),
  action: z.number().int().nullable(),
  /** The sentence the counts were read from, verbatim. */
  sentence: z.string(),
});
export type StatedCounts = z.infer<typeof statedCountsSchema>;

/** A bullet of the report's achievements section, kept for retrieval. */
export const achievementSchema = z.object({
  outcome: z.string().nullable(),
  text: z.string().min(1),
  line: z.number().int(),
});
export type Achievement = z.infer<typeof achievementSchema>;

/** One performance report: its identity, period and the prose around the tables. */
export const reportSchema = z.object({
  /** Slug of the period: "2025-26-q2", "2024-25-year-end". */
  id: z.string().regex(/^\d{4}-\d{2}-(q[1-4]|year-end)$/),
  /** Title as printed on its first line, e.g. "Performance Report Quarter 2 2025 to 2026". */
  title: z.string().min(1),
  /** File name under data/reports the report was read from. */
  file: z.string(),
  /** Financial year, "2025-26". */
  financialYear: z.string().regex(/^\d{4}-\d{2}$/),
  /** 1–4 for a quarterly report, null for a year-end report. */
  quarter: z.number().int().min(1).max(4).nullable(),
  periodKind: z.enum(["quarter", "year-end"]),
  /** Human label: "Quarter 2 2025-26" or "2024-25 year end". */
  periodLabel: z.string(),
  /** ISO date the period ends, e.g. "2025-09-30". */
  periodEnd: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Plan name as printed, e.g. "Council Plan 2025-29". */
  planName: z.string(),
  outcomes: z.array(outcomeSchema),
  statedCounts: statedCountsSchema.nullable(),
  introduction: z.string(),
  achievements: z.array(achievementSchema),
});
export type Report = z.infer<typeof reportSchema>;
