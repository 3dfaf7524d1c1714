// Makes the PDF test material: each text report in data/reports printed in two layouts into tests/fixtures/pdf.
// Run: npx tsx scripts/pdf/make-report-pdfs.ts   (needs Debian's chromium-headless-shell; CI uses the committed PDFs)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { columnRole } from "../../src/ingest/column-role.js";
import { findTables, type TableBlock } from "../../src/ingest/find-tables.js";
import { parseReport } from "../../src/ingest/parse-report.js";
import { splitSourceLines, type SourceLine } from "../../src/ingest/source-line.js";
import { splitTableTrailer } from "../../src/ingest/split-table-trailer.js";
import { printPdf } from "./print-pdf.js";
import { renderReportHtml, type Layout } from "./render-report-html.js";

const layouts: Layout[] = [
  {
    name: "landscape-grid",
    landscape: true,
    textBullets: false,
    css: `body { font-family: "DejaVu Sans", sans-serif; font-size: 8.5pt; color: #111 } h1 { font-size: 18pt; color: #1f4e79 } h3 { font-size: 11pt; color: #1f4e79; margin: 10pt 0 4pt }
      table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt } th { background: #1f4e79; color: #fff; font-weight: bold; text-align: left; vertical-align: top }
      th, td { border: 0.75pt solid #444; padding: 3pt 4pt; vertical-align: top } tr { break-inside: auto } thead { display: table-header-group }
      td p { margin: 0 0 5pt } td p:last-child { margin-bottom: 0 } .contents { display: flex; justify-content: space-between; width: 80% } .contents span:first-child { max-width: 88% } ul { margin: 2pt 0 6pt 14pt; padding: 0 } li { margin: 2pt 0 }`,
    widths: (roles) => {
      const weights = roles.map(
        (role) =>
          ({ code: 5, title: 17, name: 22, commentary: 55, expectedCompletion: 8, progress: 7, benchmarkGroup: 12 })[
            role
          ] ?? 8,
      );
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      return weights.map((weight) => Math.round((weight / total) * 1000) / 10);
    },
  },
  {
    name: "portrait-rules",
    landscape: false,
    textBullets: true,
    css: `body { font-family: "Liberation Serif", "DejaVu Serif", serif; font-size: 8pt } h1 { font-size: 16pt; text-align: center } h3 { font-size: 10pt; font-style: italic; margin: 8pt 0 3pt }
      table { border-collapse: collapse; width: 100%; margin: 3pt 0 9pt } th { font-weight: bold; text-align: center; vertical-align: bottom; border-top: 1.2pt solid #000; border-bottom: 0.8pt solid #000 }
      th, td { padding: 2pt 3pt; vertical-align: top } td { border-bottom: 0.4pt solid #777 } tr { break-inside: auto } thead { display: table-header-group }
      td p { margin: 0 0 4pt } td p:last-child { margin-bottom: 0 } .contents { display: flex; justify-content: space-between; width: 100% } .contents span:first-child { max-width: 85% } ul { margin: 2pt 0 5pt 12pt; padding: 0 } ul.text-bullets { list-style: none; margin-left: 4pt } .bullet { display: inline-block; width: 9pt }`,
    widths: (roles) => {
      const weights = roles.map(
        (role) => ({ code: 6, title: 15, name: 18, commentary: 45, benchmarkGroup: 10 })[role] ?? 7,
      );
      const total = weights.reduce((sum, weight) => sum + weight, 0);
      return weights.map((weight) => Math.round((weight / total) * 1000) / 10);
    },
  },
];

const rolesOf = (block: TableBlock, headers: readonly string[]) =>
  headers.map((header, index) => columnRole(block.kind, header, index)?.role ?? "unkept");

const output = "tests/fixtures/pdf";
mkdirSync(output, { recursive: true });
for (const file of readdirSync("data/reports").filter((name) => name.endsWith(".txt"))) {
  const text = readFileSync(join("data/reports", file), "utf8");
  const parsed = parseReport(text, file);
  if (parsed.report === null) throw new Error(`${file} does not parse`);
  const found = findTables(splitSourceLines(text), file);
  const starts = found.tables.map((table) => table.headers[0]?.line ?? 0);
  const inTable = (index: number, line: number) =>
    line >= (starts[index] ?? 0) && line < (starts[index + 1] ?? Number.POSITIVE_INFINITY);
  // The lines that finish a table's last name or commentary are in that record already: print them once, in the cell.
  const withoutTails = (lines: readonly SourceLine[]) => {
    const tails = new Set(splitTableTrailer(lines).tails.map((line) => line.line));
    return lines.filter((line) => !tails.has(line.line));
  };
  const document = {
    title: parsed.report.title,
    frontMatter: found.frontMatter,
    trailing: found.tables.length > 0 ? withoutTails(found.trailing) : found.trailing,
    tables: found.tables.map((block, index) => ({
      block: index === 0 ? block : { ...block, lead: withoutTails(block.lead) },
      objectives:
        block.kind === "objective" ? parsed.objectives.filter((objective) => inTable(index, objective.line)) : [],
      measures: block.kind === "measure" ? parsed.measures.filter((measure) => inTable(index, measure.line)) : [],
    })),
  };
  for (const layout of layouts) {
    const html = renderReportHtml(document, layout, rolesOf);
    const font = layout.landscape ? "DejaVu Sans" : "Liberation Serif";
    const pdf = await printPdf({
      html,
      landscape: layout.landscape,
      headerTemplate: `<div style="font-family:'${font}';font-size:7pt;width:100%;margin:0 0.5in;display:flex;justify-content:space-between"><span>${parsed.report.title}</span><span>Derbyshire County Council</span></div>`,
      footerTemplate: layout.landscape
        ? `<div style="font-family:'${font}';font-size:7pt;width:100%;margin:0 0.5in;text-align:right">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`
        : `<div style="font-family:'${font}';font-size:7pt;width:100%;text-align:center"><span class="pageNumber"></span></div>`,
    });
    const target = join(output, file.replace(/\.txt$/, `.${layout.name}.pdf`));
    writeFileSync(target, pdf);
    console.log(`${target}: ${Math.round(pdf.length / 1024)} KB`);
  }
}
