// The PDF text reader's worker: plain JavaScript, run without the TypeScript loader, so pdf.js (a 2 MB module) is
// loaded by Node itself rather than transformed, which keeps the process about 200 MB smaller. It reads every text
// run with its position and posts the pages back; readPdfPages checks what it posts.
import { parentPort, workerData } from "node:worker_threads";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const { bytes, maxPages, pageLimitVariable } = workerData;

async function read() {
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: true,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    if (document.numPages > maxPages) {
      return {
        success: false,
        message: `has ${document.numPages} pages, over the limit of ${maxPages} pages for a PDF report (${pageLimitVariable} raises it)`,
      };
    }
    const pages = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const items = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const [a, b, , d, e, f] = item.transform;
        // Upright text only: the reports print no rotated text that is part of a record.
        if (Math.abs(b ?? 0) > 0.01) continue;
        const [x, top] = viewport.convertToViewportPoint(e ?? 0, f ?? 0);
        items.push({ text: item.str, x, top, width: item.width, size: Math.abs(d ?? a ?? 0), font: item.fontName });
      }
      pages.push({ number, width: viewport.width, height: viewport.height, items });
      page.cleanup();
    }
    if (pages.every((page) => page.items.length === 0))
      return { success: false, message: "has no text layer: it is a scanned or image-only PDF and needs OCR first" };
    return { success: true, pages };
  } catch (error) {
    if (error?.name === "PasswordException")
      return { success: false, message: "is encrypted (password-protected): save an unprotected copy and ingest that" };
    if (error?.name === "InvalidPDFException")
      return { success: false, message: "is not a valid PDF: the file is corrupt or truncated" };
    return { success: false, message: `could not be read as a PDF: ${error?.message ?? String(error)}` };
  } finally {
    await task.destroy();
  }
}

parentPort?.postMessage(await read());
