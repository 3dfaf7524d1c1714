// A bench child: reads the test PDFs of both reports in every layout (as `npm run ingest` reads a PDF), timing
// each and keeping the peak RSS, in a fresh process so the figure is the PDF reader's own.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseReport } from "../../src/ingest/parse-report.js";
import { pdfToReportText } from "../../src/ingest/pdf/pdf-to-report-text.js";
import { readPdfsInputSchema, type ReadPdfsOutput } from "./read-pdfs-io.js";

const input = readPdfsInputSchema.parse(JSON.parse(process.argv[2] ?? "null"));
const files = readdirSync(input.directory)
  .filter((file) => file.endsWith(".pdf"))
  .sort();
let peak = process.memoryUsage().rss;
const perFile: ReadPdfsOutput["files"] = [];
for (const file of files) {
  const bytes = readFileSync(path.join(input.directory, file));
  const started = performance.now();
  const laidOut = await pdfToReportText(bytes, { maxPages: 300, pageLimitVariable: "INGEST_MAX_PDF_PAGES" });
  if (!laidOut.success) throw new Error(`${file}: ${laidOut.message}`);
  const parsed = parseReport(laidOut.text, file);
  const milliseconds = performance.now() - started;
  peak = Math.max(peak, process.memoryUsage().rss);
  perFile.push({
    file,
    pages: laidOut.pageCount,
    milliseconds,
    records: parsed.objectives.length + parsed.measures.length,
  });
  process.stderr.write(`${file}: ${laidOut.pageCount} pages in ${Math.round(milliseconds)} ms\n`);
}
const pages = perFile.reduce((sum, entry) => sum + entry.pages, 0);
const milliseconds = perFile.reduce((sum, entry) => sum + entry.milliseconds, 0);
const output: ReadPdfsOutput = {
  files: perFile,
  pages,
  milliseconds,
  millisecondsPerPage: pages === 0 ? 0 : milliseconds / pages,
  peakRssMegabytes: peak / 2 ** 20,
};
process.stdout.write(`${JSON.stringify(output)}\n`);
