import { z } from "zod";
import { planSchema, type Plan } from "./plan/plan.js";
import { warningSchema } from "./warnings/warning.js";

/** A figure taken from a measure record, exactly as printed. */
export const measureFactSchema = z.object({
  type: z.literal("measure"),
  report: z.string(),
  reportTitle: z.string(),
  objective: z.string(),
  measureId: z.string(),
  measure: z.string(),
  /** Column header the value sits under. */
  period: z.string(),
  value: z.string(),
  target: z.string().nullable(),
  targetPeriod: z.string().nullable(),
  rating: z.string().nullable(),
  benchmark: z.string().nullable(),
  benchmarkGroup: z.string().nullable(),
});

/** An objective's progress rating. */
export const objectiveFactSchema = z.object({
  type: z.literal("objective"),
  report: z.string(),
  reportTitle: z.string(),
  code: z.string(),
  title: z.string(),
  progress: z.string().nullable(),
  expectedCompletion: z.string(),
});

/** A number computed by code from printed figures (a difference, a change, a count). */
export const derivedFactSchema = z.object({
  type: z.literal("derived"),
  derived: z.object({
    op: z.enum(["difference", "percent-change", "count", "sum"]),
    from: z.array(z.string()),
  }),
  value: z.string(),
  description: z.string(),
});

export const factSchema = z.discriminatedUnion("type", [measureFactSchema, objectiveFactSchema, derivedFactSchema]);
export type Fact = z.infer<typeof factSchema>;
export type MeasureFact = z.infer<typeof measureFactSchema>;
export type ObjectiveFact = z.infer<typeof objectiveFactSchema>;
export type DerivedFact = z.infer<typeof derivedFactSchema>;

/** A quoted passage with where it came from. */
export const sourceSchema = z.object({
  report: z.string(),
  reportTitle: z.string(),
  /** Objective code, "Overarching Measure", or null for report-level prose. */
  objective: z.string().nullable(),
  quote: z.string(),
  /** The PDF page it prints on, for a report read from a PDF ("p. 12" in a citation). */
  page: z.number().int().positive().optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** A question the asker may have meant: a button in Slack, a numbered line in the CLI; choosing it asks `question`. */
export const choiceSchema = z.object({
  /** What the button says: at most 75 characters, Slack's limit for a button's text. */
  label: z.string().min(1).max(75),
  question: z.string().min(1),
});
export type Choice = z.infer<typeof choiceSchema>;

/** The engine's answer: the shape of `ask --json` and what the Slack layer renders. */
export const answerSchema = z.object({
  question: z.string(),
  status: z.enum(["answered", "not_found", "clarify"]),
  /** Plain text with light markdown (`*bold*` is not used; paragraphs and "- " bullets are). */
  answer: z.string(),
  facts: z.array(factSchema),
  sources: z.array(sourceSchema),
  /**
   * The answer's lines that restate its facts (figure and listing bullets) and its sources (quotes with citations),
   * so a renderer that shows facts and sources in their own blocks can leave those lines out.
   */
  restated: z.object({ figures: z.array(z.string()), quotes: z.array(z.string()) }),
  /** Each warning's text, as the CLI prints it. */
  warnings: z.array(z.string()),
  /** The same warnings as data, in the same order: their kind, the measures they name, and their text. */
  warningDetails: z.array(z.intersection(warningSchema, z.object({ text: z.string() }))),
  /** For a not-found or clarify answer, what the reports hold nearest to the question, to ask instead; else empty. */
  choices: z.array(choiceSchema).max(5),
  plan: planSchema,
  /** Milliseconds per stage: plan, retrieve, compose, total. */
  timings: z.record(z.string(), z.number()),
});
export type Answer = z.infer<typeof answerSchema>;
export type WarningDetail = Answer["warningDetails"][number];

/** How the Slack layer and the CLI call the engine: one question, with the previous turn's plan for follow-ups. */
export type AskQuestion = (question: string, context: { previousPlan: Plan | null }) => Promise<Answer>;
