import type { Diagnostic } from "../report/diagnostic.js";
import { limitVariables, type IngestLimits } from "./ingest-limits.js";
import { pdfToReportText } from "./pdf/pdf-to-report-text.js";
import { readReportFile } from "./read-report-file.js";

/** A report file's text for the parser; for a PDF, the page each line of that text starts on (index 0 = line 1). */
export type ReportSource =
  | { readonly success: true; readonly text: string; readonly pages: number[] | null }
  | { readonly success: false; readonly diagnostic: Diagnostic };

/** Whether a file name is a report the ingest reads: a text export or a PDF. */
export function isReportFile(file: string): boolean {
  return /\.(?:txt|pdf)$/i.test(file);
}

/** Reads one report file, a text export or a PDF, within the limits; never throws (every refusal names the file). */
export async function readReportSource(directory: string, file: string, limits: IngestLimits): Promise<ReportSource> {
  const pdf = /\.pdf$/i.test(file);
  const read = pdf
    ? readReportFile({
        directory,
        file,
        maxBytes: limits.maxPdfBytes,
        variable: limitVariables.maxPdfBytes,
        kind: "a PDF report",
      })
    : readReportFile({
        directory,
        file,
        maxBytes: limits.maxTextBytes,
        variable: limitVariables.maxTextBytes,
        kind: "a text report",
      });
  if (!read.success) return read;
  if (!pdf) return { success: true, text: read.bytes.toString("utf8"), pages: null };
  const laidOut = await pdfToReportText(read.bytes, {
    maxPages: limits.maxPdfPages,
    pageLimitVariable: limitVariables.maxPdfPages,
  });
  if (!laidOut.success)
    return { success: false, diagnostic: { severity: "error", file, line: 0, message: laidOut.message } };
  return { success: true, text: laidOut.text, pages: laidOut.pages };
}
