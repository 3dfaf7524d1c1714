/**
 * Prints every report export in data/reports/*.txt as test PDFs in two council-template layouts:
 * tests/fixtures/pdf/second-generator/<report>.<layout>.pdf. The HTML is written to a temporary directory (kept out of git).
 *
 *   npx tsx scripts/pdf/make-report-pdfs.ts [--layout landscape-grid|portrait-rules] [--keep-html] [report.txt …]
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { Chromium } from "./print-pdf.js";
import { layouts, renderHtml, type Layout } from "./render-html.js";
import { readReportModel } from "./report-model.js";

const root = resolve(fileURLToPath(import.meta.url), "../../../..");
const reportsDirectory = join(root, "data/reports");
const outputDirectory = join(root, "tests/fixtures/pdf/second-generator");

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const keepHtml = args.includes("--keep-html");
  const layoutIndex = args.indexOf("--layout");
  const layoutName = layoutIndex >= 0 ? args[layoutIndex + 1] : undefined;
  const chosen: readonly Layout[] =
    layoutName === undefined ? layouts : layouts.filter((layout) => layout.name === layoutName);
  if (chosen.length === 0)
    throw new Error(`unknown layout ${layoutName}: expected ${layouts.map((layout) => layout.name).join(" or ")}`);
  const named = args.filter((arg, index) => arg.endsWith(".txt") && index !== layoutIndex + 1);
  const files =
    named.length > 0
      ? named.map((file) => resolve(file))
      : readdirSync(reportsDirectory)
          .filter((file) => file.endsWith(".txt"))
          .sort()
          .map((file) => join(reportsDirectory, file));

  const htmlDirectory = mkdtempSync(join(tmpdir(), "pdfgen-html-"));
  mkdirSync(outputDirectory, { recursive: true });
  const chromium = await Chromium.launch();
  try {
    for (const file of files) {
      const model = readReportModel(readFileSync(file, "utf8"), basename(file));
      const name = basename(file, ".txt");
      for (const layout of chosen) {
        const htmlFile = join(htmlDirectory, `${name}.${layout.name}.html`);
        writeFileSync(htmlFile, renderHtml(model, layout));
        const output = join(outputDirectory, `${name}.${layout.name}.pdf`);
        const bytes = await chromium.printToPdf(htmlFile, output, {
          landscape: layout.landscape,
          margin: layout.margin,
          headerTemplate: layout.headerTemplate(model.title),
          footerTemplate: layout.footerTemplate(model.title),
        });
        console.log(`${output.slice(root.length + 1)}  ${(bytes / 1024).toFixed(0)} KB`);
      }
    }
  } finally {
    await chromium.close();
    if (keepHtml) console.log(`HTML kept in ${htmlDirectory}`);
    else rmSync(htmlDirectory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
