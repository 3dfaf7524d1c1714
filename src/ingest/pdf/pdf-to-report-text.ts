import { dropRunningLines } from "./drop-running-lines.js";
import { findTableHeader } from "./find-table-header.js";
import { groupLines } from "./group-lines.js";
import { layOutPages } from "./lay-out-pages.js";
import { readPdfPages, type ReadPdfPagesOptions } from "./read-pdf-pages.js";

/** A PDF report as the text the report parser reads, with the page each line of that text starts on (index 0 = line 1). */
export type PdfReportText =
  | { readonly success: true; readonly text: string; readonly pages: number[]; readonly pageCount: number }
  | { readonly success: false; readonly message: string };

/**
 * Reads a PDF report into the line and tab structure of the text export, from the positions of its text: lines by
 * baseline, running headers and page numbers dropped, tables from their header cells' columns, paragraphs joined. So
 * objectives, measures, notes and diagnostics come from the one parser, and each record can name its page.
 */
export async function pdfToReportText(bytes: Uint8Array, options: ReadPdfPagesOptions): Promise<PdfReportText> {
  const read = await readPdfPages(bytes, options);
  if (!read.success) return read;
  const body = dropRunningLines(
    read.pages.map((page) => ({ lines: groupLines(page), height: page.height })),
    (lines, index) => findTableHeader(lines, index) !== null,
  );
  const lines = layOutPages(body);
  return {
    success: true,
    text: lines.map((line) => line.text).join("\n"),
    pages: lines.map((line) => line.page),
    pageCount: read.pages.length,
  };
}
