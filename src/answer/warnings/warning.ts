import { z } from "zod";

/** The measure a warning is about, as the answer names it. */
export const warningSubjectSchema = z.object({
  measureId: z.string(),
  measure: z.string(),
  /** The name without its bracketed qualifiers, as the warning's text uses it. */
  shortName: z.string(),
  report: z.string(),
  /** "Q2 2025-26 report". */
  reportLabel: z.string(),
  /** Objective code; null for a figure the report's prose states outside any objective. */
  objective: z.string().nullable(),
});
export type WarningSubject = z.infer<typeof warningSubjectSchema>;

const printedFigureSchema = z.object({ value: z.string(), period: z.string() });

/**
 * Every kind of warning an answer carries, as data: made by the warnings stage (and the trend and listing composers
 * for the two that only they see), turned into text once by `compose/warning-text.ts`. Every kind names its
 * measures in `subjects` (several when one footnote is shared), empty when the warning is about a report.
 */
export const warningSchema = z.discriminatedUnion("kind", [
  /** A footnote printed against the measure (marker and text). */
  z.object({
    kind: z.literal("footnote"),
    subjects: z.array(warningSubjectSchema),
    marker: z.string(),
    note: z.string(),
  }),
  /** A note printed under the measure's table without a marker. */
  z.object({ kind: z.literal("note"), subjects: z.array(warningSubjectSchema), note: z.string() }),
  /** The measure's name says it covers part of the year ("Q4 only"). */
  z.object({ kind: z.literal("part-year"), subjects: z.array(warningSubjectSchema), qualifier: z.string() }),
  /** The current column is blank (awaiting data) and an earlier figure is quoted. */
  z.object({
    kind: z.literal("blank-current"),
    subjects: z.array(warningSubjectSchema),
    blankPeriod: z.string(),
    quoted: printedFigureSchema,
  }),
  /** The quoted column is blank. */
  z.object({ kind: z.literal("blank-value"), subjects: z.array(warningSubjectSchema), period: z.string() }),
  /** The printed value is not a well-formed figure. */
  z.object({
    kind: z.literal("malformed-value"),
    subjects: z.array(warningSubjectSchema),
    quoted: printedFigureSchema,
  }),
  /** The measure sits in the table of measures updated the previous quarter. */
  z.object({ kind: z.literal("previous-quarter-table"), subjects: z.array(warningSubjectSchema) }),
  /** The measure sits in the table of measures awaiting data. */
  z.object({ kind: z.literal("awaiting-data-table"), subjects: z.array(warningSubjectSchema) }),
  /** A target but no printed rating: the rating the report's key gives. */
  z.object({
    kind: z.literal("unrated"),
    subjects: z.array(warningSubjectSchema),
    value: z.string(),
    target: z.string(),
    expected: z.string(),
  }),
  /** The printed rating is not the one the report's own key gives for the figure and target. */
  z.object({
    kind: z.literal("recomputed-rating"),
    subjects: z.array(warningSubjectSchema),
    printed: z.string(),
    value: z.string(),
    target: z.string(),
    expected: z.string(),
  }),
  /** The commentary (or the report's prose) states another figure or target than the table. */
  z.object({
    kind: z.literal("commentary-conflict"),
    subjects: z.array(warningSubjectSchema),
    /** The objective whose commentary says it; null for the report's prose. */
    commentary: z.string().nullable(),
    aboutTarget: z.boolean(),
    stated: z.string(),
    table: z.string(),
    tablePeriod: z.string(),
    /** The measure's other printed columns, so a reader can see whether the prose meant another column. */
    otherColumns: z.array(printedFigureSchema),
    sentence: z.string(),
  }),
  /** A quoted passage states a figure the table contradicts, for a measure whose figures the answer does not show. */
  z.object({
    kind: z.literal("quoted-conflict"),
    subjects: z.array(warningSubjectSchema),
    aboutTarget: z.boolean(),
    stated: z.string(),
    table: z.string(),
    tablePeriod: z.string(),
  }),
  /** A later report prints another figure for the same period. */
  z.object({
    kind: z.literal("revised-figure"),
    subjects: z.array(warningSubjectSchema),
    period: z.string(),
    earlier: z.object({ value: z.string(), reportLabel: z.string() }),
    later: z.object({ value: z.string(), reportLabel: z.string() }),
  }),
  /** The report's summary states another count of objectives with a rating than its tables give. */
  z.object({
    kind: z.literal("stated-count"),
    subjects: z.array(warningSubjectSchema),
    report: z.string(),
    reportLabel: z.string(),
    rating: z.string(),
    stated: z.number(),
    rated: z.number(),
    sentence: z.string(),
  }),
]);
export type Warning = z.infer<typeof warningSchema>;
export type WarningKind = Warning["kind"];
