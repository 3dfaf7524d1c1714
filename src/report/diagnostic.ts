import { z } from "zod";

/** A problem found in a report file, with its position (like a unified message): the caller decides what is fatal. */
export const diagnosticSchema = z.object({
  severity: z.enum(["error", "warning"]),
  file: z.string(),
  /** 1-based line; 0 when the problem is about the whole file. */
  line: z.number().int().nonnegative(),
  /** The PDF page, for a report read from a PDF (its `line` is then 0). */
  page: z.number().int().positive().optional(),
  message: z.string(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;
