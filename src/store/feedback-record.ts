import { z } from "zod";

/** Why an answer was marked 👎, as the reason modal offers them. */
export const feedbackReasons = ["wrong_figure", "wrong_period", "wrong_measure", "missing_caveat", "other"] as const;
export type FeedbackReason = (typeof feedbackReasons)[number];

/**
 * One 👍/👎 on an answer, with what is needed to turn a complaint into a specific fix: the question, the answer's
 * facts, sources and plan (as the engine returned them; empty when the answer was no longer in memory), who, where,
 * and — for a 👎 — the reason chosen and any words added.
 */
export const feedbackRecordSchema = z.object({
  id: z.number().int(),
  time: z.string(),
  vote: z.enum(["up", "down"]),
  reason: z.enum(feedbackReasons).nullable(),
  comment: z.string().nullable(),
  question: z.string(),
  answer: z.string(),
  facts: z.array(z.record(z.string(), z.unknown())),
  sources: z.array(z.record(z.string(), z.unknown())),
  plan: z.record(z.string(), z.unknown()).nullable(),
  user: z.string(),
  channel: z.string().nullable(),
  messageTs: z.string().nullable(),
  answerId: z.string(),
});
export type FeedbackRecord = z.infer<typeof feedbackRecordSchema>;

/** A record before the store gives it an id; the reason and comment come later, from the modal. */
export type NewFeedback = Omit<FeedbackRecord, "id" | "reason" | "comment">;
