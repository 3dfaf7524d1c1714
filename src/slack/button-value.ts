import { z } from "zod";

/**
 * What the feedback and share buttons carry: the answer's id and the question, so a click still knows the question
 * after a restart; a feedback button its vote; a private answer to a shortcut the thread a shared copy belongs in.
 */
export const buttonValueSchema = z.object({
  answer: z.string(),
  question: z.string(),
  vote: z.enum(["up", "down"]).optional(),
  thread: z.object({ channel: z.string(), ts: z.string() }).optional(),
});
export type ButtonValue = z.infer<typeof buttonValueSchema>;

/** Slack's limit on a button's `value`. */
const valueLimit = 2000;

/** Encodes a button value within Slack's limit, shortening the question when it must. */
export function encodeButtonValue(value: ButtonValue): string {
  const encoded = JSON.stringify(value);
  if (encoded.length <= valueLimit) return encoded;
  const overflow = encoded.length - valueLimit;
  // JSON escapes can make a character cost more than one; shorten until it fits.
  let question = value.question.slice(0, Math.max(0, value.question.length - overflow - 1));
  while (JSON.stringify({ ...value, question: `${question}…` }).length > valueLimit) question = question.slice(0, -10);
  return JSON.stringify({ ...value, question: `${question}…` });
}
