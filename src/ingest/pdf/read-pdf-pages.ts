import { Worker } from "node:worker_threads";
import { z } from "zod";

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

export type ReadPdfPagesResult =
  | { readonly success: true; readonly pages: PdfPage[] }
  | { readonly success: false; readonly message: string };

export interface ReadPdfPagesOptions {
  readonly maxPages: number;
  /** Named in the over-limit message. */
  readonly pageLimitVariable: string;
}

const itemSchema = z.object({
  text: z.string(),
  x: z.number(),
  top: z.number(),
  width: z.number(),
  size: z.number(),
  font: z.string(),
});
const resultSchema = z.discriminatedUnion("success", [
  z.object({
    success: z.literal(true),
    pages: z.array(
      z.object({
        number: z.number().int().positive(),
        width: z.number(),
        height: z.number(),
        items: z.array(itemSchema),
      }),
    ),
  }),
  z.object({ success: z.literal(false), message: z.string() }),
]);

/**
 * Reads the text layer of a PDF with Mozilla's pdf.js: every text run with its position, size and font, page by page,
 * in a worker thread of plain JavaScript (see read-pdf-pages-worker.mjs). Never throws: a file that is not a PDF, is
 * corrupt, encrypted, has no text layer or too many pages is a one-line message for the caller to put after the file name.
 */
export async function readPdfPages(bytes: Uint8Array, options: ReadPdfPagesOptions): Promise<ReadPdfPagesResult> {
  if (!Buffer.from(bytes.subarray(0, 1024)).toString("latin1").includes("%PDF-"))
    return { success: false, message: "is not a PDF: it has no %PDF- header" };
  return new Promise((resolve) => {
    // No loader flags: the worker loads pdf.js with Node's own module loader.
    const worker = new Worker(new URL("./read-pdf-pages-worker.mjs", import.meta.url), {
      execArgv: [],
      workerData: {
        bytes: new Uint8Array(bytes),
        maxPages: options.maxPages,
        pageLimitVariable: options.pageLimitVariable,
      },
    });
    let settled = false;
    const finish = (result: ReadPdfPagesResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
      void worker.terminate();
    };
    worker.once("message", (message: unknown) => {
      const checked = resultSchema.safeParse(message);
      finish(
        checked.success
          ? checked.data
          : { success: false, message: "could not be read as a PDF: the reader returned an unexpected result" },
      );
    });
    worker.once("error", (error) =>
      finish({ success: false, message: `could not be read as a PDF: ${error.message}` }),
    );
    worker.once("exit", (code) =>
      finish({ success: false, message: `could not be read as a PDF: the reader stopped (exit code ${code})` }),
    );
  });
}
