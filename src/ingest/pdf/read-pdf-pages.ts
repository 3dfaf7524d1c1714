import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** One run of text on a PDF page, in points from the page's top-left corner (`top` is the baseline). */
export interface PdfTextItem {
  readonly text: string;
  readonly x: number;
  readonly top: number;
  readonly width: number;
  /** Font size in points: the text matrix's vertical scale. */
  readonly size: number;
  /** The PDF's own font resource name: header cells in a bold face have a different one from body cells. */
  readonly font: string;
}

/** A page of positioned text, numbered from 1. */
export interface PdfPage {
  readonly number: number;
  readonly width: number;
  readonly height: number;
  readonly items: PdfTextItem[];
}

export type ReadPdfPagesResult = { readonly success: true; readonly pages: PdfPage[] } | { readonly success: false; readonly message: string };

export interface ReadPdfPagesOptions {
  readonly maxPages: number;
  /** Named in the over-limit message. */
  readonly pageLimitVariable: string;
}

/**
 * Reads the text layer of a PDF with Mozilla's pdf.js: every text run with its position, size and font, page by page.
 * Never throws: a file that is not a PDF, is corrupt, encrypted, has no text layer or too many pages is a one-line
 * message for the caller to put next to the file name.
 */
export async function readPdfPages(bytes: Uint8Array, options: ReadPdfPagesOptions): Promise<ReadPdfPagesResult> {
  const refuse = (message: string): ReadPdfPagesResult => ({ success: false, message });
  if (!Buffer.from(bytes.subarray(0, 1024)).toString("latin1").includes("%PDF-")) return refuse("is not a PDF: it has no %PDF- header");
  // pdf.js takes ownership of the buffer it is given: hand it a copy so the caller's bytes stay intact.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: true, verbosity: 0 });
  try {
    const document = await task.promise;
    if (document.numPages > options.maxPages) {
      return refuse(`has ${document.numPages} pages, over the limit of ${options.maxPages} pages for a PDF report (${options.pageLimitVariable} raises it)`);
    }
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items: PdfTextItem[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const [a, b, , d, e, f] = item.transform as number[];
        // Upright text only: the reports print no rotated text that is part of a record.
        if (Math.abs(b ?? 0) > 0.01) continue;
        const size = Math.abs(d ?? a ?? 0);
        const [x, top] = viewport.convertToViewportPoint(e ?? 0, f ?? 0) as [number, number];
        items.push({ text: item.str, x, top, width: item.width, size, font: item.fontName });
      }
      pages.push({ number, width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    if (pages.every((page) => page.items.length === 0)) return refuse("has no text layer: it is a scanned or image-only PDF and needs OCR first");
    return { success: true, pages };
  } catch (error) {
    const name = (error as Error).name;
    if (name === "PasswordException") return refuse("is encrypted (password-protected): save an unprotected copy and ingest that");
    if (name === "InvalidPDFException") return refuse("is not a valid PDF: the file is corrupt or truncated");
    return refuse(`could not be read as a PDF: ${(error as Error).message}`);
  } finally {
    await task.destroy();
  }
}
