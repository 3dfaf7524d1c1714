import { z } from "zod";

export const latencySummarySchema = z.object({
  count: z.number(),
  p50: z.number(),
  p95: z.number(),
  max: z.number(),
  mean: z.number(),
});

/** What `answer-questions.ts` is given: the engine's store and index, the questions, and whether to count LLM prompts. */
export const answerQuestionsInputSchema = z.object({
  reportsDirectory: z.string(),
  databasePath: z.string(),
  indexDirectory: z.string(),
  questions: z.array(z.object({ set: z.string(), id: z.string(), question: z.string() })).min(1),
  retrievalQueries: z.array(z.string()),
  /** Measured passes over the questions, after one unmeasured warm-up pass. */
  passes: z.number().int().positive(),
  /** Also count the prompts the LLM mode would send (after the memory reading, so the tokenizer is not in it). */
  countPrompts: z.boolean(),
  /** Report files whose whole text is counted, for the cost of stuffing the reports into a prompt. */
  reportFiles: z.array(z.string()),
  chatModel: z.string(),
  /** When set, a CPU profile of the timed passes alone (not the start-up) is written here. */
  warmProfilePath: z.string().nullable(),
});
export type AnswerQuestionsInput = z.infer<typeof answerQuestionsInputSchema>;

/** The prompts one question would send in LLM mode. */
export const questionPromptsSchema = z.object({
  set: z.string(),
  id: z.string(),
  intent: z.string(),
  status: z.string(),
  /** Chat requests the engine made for the question. */
  calls: z.number(),
  /** Input tokens of the planning request (messages and JSON schema), or null when none was made. */
  planTokens: z.number().nullable(),
  /** Of which the structured-output JSON schema. */
  planSchemaTokens: z.number().nullable(),
  /** Input tokens of the drafting request, or null when none was made. */
  draftTokens: z.number().nullable(),
});
export type QuestionPrompts = z.infer<typeof questionPromptsSchema>;

/** What it measured, in milliseconds, megabytes (2^20 bytes) and tokens. */
export const answerQuestionsOutputSchema = z.object({
  /** Process start until the engine's modules were loaded (Node, tsx, imports). */
  importMilliseconds: z.number(),
  /** `createEngine`: store, word vectors, index from disk, corpus, conflicts. */
  engineMilliseconds: z.number(),
  /** The first question, before any warm-up. */
  firstAnswerMilliseconds: z.number(),
  /** True when the engine found no saved index matching the records and embedded them itself. */
  indexRebuilt: z.boolean(),
  reports: z.number(),
  warm: z.object({
    wall: latencySummarySchema,
    plan: latencySummarySchema,
    retrieve: latencySummarySchema,
    compose: latencySummarySchema,
  }),
  slowest: z.array(z.object({ set: z.string(), id: z.string(), question: z.string(), milliseconds: z.number() })),
  statuses: z.record(z.string(), z.number()),
  search: latencySummarySchema,
  peakRssMegabytes: z.number(),
  prompts: z
    .object({
      encoding: z.string(),
      chatModel: z.string(),
      questions: z.array(questionPromptsSchema),
      reportTokens: z.array(z.object({ file: z.string(), tokens: z.number() })),
    })
    .nullable(),
});
export type AnswerQuestionsOutput = z.infer<typeof answerQuestionsOutputSchema>;
