/**
 * Document model → one HTML page per layout, as council Word templates print a performance report:
 * "landscape-grid" (A4 landscape, full grid, coloured header band, sans) and "portrait-rules" (A4 portrait,
 * horizontal rules only, no fills, serif, smaller type, narrower columns). Running header and page numbers are not
 * in the HTML: the printer adds them as Chromium's header and footer templates (see print-pdf.ts).
 */
import type { Block, ModelCell, ReportModel } from "./report-model.js";

export type LayoutName = "landscape-grid" | "portrait-rules";

export interface Layout {
  readonly name: LayoutName;
  readonly landscape: boolean;
  /** Page margins in millimetres: the header and footer templates print inside the top and bottom margins. */
  readonly margin: { readonly top: number; readonly bottom: number; readonly side: number };
  readonly css: string;
  /** Chromium header/footer templates: `pageNumber`, `totalPages` and `title` spans are filled per page. */
  readonly headerTemplate: (title: string) => string;
  readonly footerTemplate: (title: string) => string;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Text for a cell or paragraph: escaped, and a word with a hyphen inside ("2024-25", "start-up", "(18-64+)") kept on
 * one line. Chromium would break after the hyphen, and a reader could not tell "2024-|25" from the export's own
 * "2023- 24" (a hyphen before a space), so such words never wrap: the printed characters stay exactly the text's.
 */
export function textHtml(text: string): string {
  return escapeHtml(text).replace(/\S+-\S+/g, (word) => `<span class="nobr">${word}</span>`);
}

/** Text with footnote markers ("^(b)", "⁽b⁾", "⁽b)") printed as real superscripts, as Word prints them. */
export function inlineHtml(text: string): string {
  const marker = /\s*(?:\^\(|⁽)\s*([a-z]|\d{1,2})\s*(?:\)|⁾)/gi;
  let html = "";
  let last = 0;
  for (let match = marker.exec(text); match !== null; match = marker.exec(text)) {
    html += `${textHtml(text.slice(last, match.index))}<sup>${escapeHtml(match[1] ?? "")}</sup>`;
    last = match.index + match[0].length;
  }
  return html + textHtml(text.slice(last));
}

const ratingWords = new Set(["complete", "good", "strong", "review", "action"]);

function cellHtml(cell: ModelCell, isRatingColumn: boolean): string {
  const text = cell.paragraphs.join(" ");
  const rating =
    isRatingColumn && ratingWords.has(text.trim().toLowerCase())
      ? ` class="rating rating-${text.trim().toLowerCase()}"`
      : "";
  const body =
    cell.paragraphs.length <= 1
      ? inlineHtml(text)
      : cell.paragraphs.map((paragraph) => `<p>${inlineHtml(paragraph)}</p>`).join("");
  return `<td${rating}>${body}</td>`;
}

/** Column classes by header text: the code, the name, the commentary, a rating, or a figure/other short column. */
function columnClass(header: string): string {
  const text = header.toLowerCase();
  if (/^no\.?$|^strategic objective$/.test(text) && text !== "strategic objective") return "col-code";
  if (text === "strategic objective" || text === "measure") return "col-name";
  if (/^comments?$/.test(text)) return "col-comments";
  if (/performance against target|^progress$/.test(text.replace(/\s+/g, " ").replace("perform ance", "performance")))
    return "col-rating";
  if (/benchmark group|reporting frequency/.test(text)) return "col-group";
  return "col-figure";
}

function tableHtml(block: Extract<Block, { kind: "table" }>): string {
  const classes = block.header.map((cell, index) => (index === 0 ? "col-code" : columnClass(cell)));
  const colgroup = classes.map((name) => `<col class="${name}">`).join("");
  const head = block.header.map((cell, index) => `<th class="${classes[index]}">${textHtml(cell)}</th>`).join("");
  const rows = block.rows
    .map((row) => `<tr>${row.map((cell, index) => cellHtml(cell, classes[index] === "col-rating")).join("")}</tr>`)
    .join("\n");
  return `<table class="report-table ${block.tableKind}"><colgroup>${colgroup}</colgroup><thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

function blockHtml(block: Block): string {
  switch (block.kind) {
    case "title":
      return `<h1 class="title">${textHtml(block.text)}</h1>`;
    case "heading":
      return block.level === 2 ? `<h2>${textHtml(block.text)}</h2>` : `<h3>${textHtml(block.text)}</h3>`;
    case "paragraph":
      // A footnote definition keeps its marker as printed ("⁽a) …"); markers inside body text are raised.
      return block.note
        ? `<p class="note">${textHtml(block.text)}</p>`
        : `<p class="body">${inlineHtml(block.text)}</p>`;
    case "bullets":
      return `<ul>${block.items.map((item) => `<li>${inlineHtml(item)}</li>`).join("")}</ul>`;
    case "contents": {
      const head = `<tr><th></th><th class="page">${textHtml(block.header)}</th></tr>`;
      const rows = block.entries.map(
        (entry) =>
          `<tr><td class="entry">${textHtml(entry.text)}</td><td class="page">${escapeHtml(entry.page)}</td></tr>`,
      );
      return `<table class="contents">${head}${rows.join("")}</table>`;
    }
    case "key": {
      const head = `<tr>${block.header.map((cell) => `<th>${textHtml(cell)}</th>`).join("")}</tr>`;
      const rows = block.rows.map(
        (row) =>
          `<tr>${row.map((cell, index) => (index === 0 ? `<td class="rating rating-${cell.toLowerCase()}">` : "<td>") + `${textHtml(cell)}</td>`).join("")}</tr>`,
      );
      return `<table class="key"><thead>${head}</thead><tbody>${rows.join("")}</tbody></table>`;
    }
    case "table":
      return tableHtml(block);
  }
}

export function renderHtml(model: ReportModel, layout: Layout): string {
  const body = model.blocks.map(blockHtml).join("\n");
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(model.title)}</title>
<style>${layout.css}</style></head>
<body class="${layout.name}">
${body}
</body></html>
`;
}

const sharedCss = `
  * { box-sizing: border-box; }
  html, body { margin: 0; padding: 0; }
  table.report-table { width: 100%; border-collapse: collapse; table-layout: auto; margin: 0 0 4mm 0; }
  thead { display: table-header-group; }
  tr { break-inside: auto; page-break-inside: auto; }
  td, th { vertical-align: top; text-align: left; overflow-wrap: normal; word-break: normal; hyphens: none; }
  td p { margin: 0 0 0.6em 0; } td p:last-child { margin-bottom: 0; }
  span.nobr { white-space: nowrap; }
  sup { font-size: 0.62em; vertical-align: super; line-height: 0; }
  ul { margin: 0 0 3mm 0; padding-left: 6mm; } li { margin-bottom: 1.5mm; }
  h1.title { break-after: avoid; }
  h2, h3 { break-after: avoid; }
  table.contents { border-collapse: collapse; break-after: page; }
  table.contents td.page, table.contents th.page { text-align: right; width: 18mm; }
  table.key { border-collapse: collapse; margin-bottom: 3mm; break-inside: avoid; }
`;

export const landscapeGrid: Layout = {
  name: "landscape-grid",
  landscape: true,
  margin: { top: 20, bottom: 16, side: 14 },
  css: `${sharedCss}
  body { font-family: "DejaVu Sans", "Liberation Sans", sans-serif; font-size: 9pt; line-height: 1.3; color: #1a1a1a; }
  h1.title { font-size: 24pt; color: #00407a; margin: 30mm 0 12mm 0; }
  h2 { font-size: 14pt; color: #00407a; margin: 6mm 0 3mm 0; }
  h3 { font-size: 11.5pt; color: #00407a; margin: 5mm 0 2mm 0; }
  p.body { margin: 0 0 3mm 0; }
  p.note { font-size: 8pt; margin: 0 0 2mm 0; }
  table.report-table th { background: #00407a; color: #fff; font-weight: bold; border: 0.6pt solid #5a6e82; padding: 1.6mm 1.4mm; font-size: 8.5pt; }
  table.report-table td { border: 0.6pt solid #5a6e82; padding: 1.4mm 1.4mm; font-size: 8.5pt; }
  table.report-table.objective col.col-code { width: 6%; } table.report-table.objective col.col-name { width: 20%; }
  table.report-table.objective col.col-figure { width: 10.5%; } table.report-table.objective col.col-rating { width: 8%; }
  table.report-table.objective col.col-comments { width: 55.5%; }
  table.report-table.measure col.col-code { width: 6%; } table.report-table.measure col.col-name { width: 23%; }
  table.report-table.measure col.col-figure { width: 8%; } table.report-table.measure col.col-rating { width: 9.5%; }
  table.report-table.measure col.col-group { width: 11%; }
  td.rating-good, td.rating-complete { background: #d7ecd9; } td.rating-strong { background: #b9dfbd; }
  td.rating-review { background: #fde9c4; } td.rating-action { background: #f6cccc; }
  table.contents { width: 70%; font-size: 10pt; } table.contents td { padding: 1.2mm 2mm; border-bottom: 0.5pt solid #b8c4d2; }
  table.key { width: 80%; } table.key th { background: #00407a; color: #fff; border: 0.6pt solid #5a6e82; padding: 1.4mm; }
  table.key td { border: 0.6pt solid #5a6e82; padding: 1.4mm; }
  table.key td.rating-blank { background: #fff; }
`,
  headerTemplate: (title) =>
    `<div style="width:100%; font-family:'DejaVu Sans',sans-serif; font-size:8pt; color:#00407a; margin:0 14mm; padding-bottom:1.5mm; border-bottom:0.8pt solid #00407a; ">${escapeHtml(title)}</div>`,
  footerTemplate: () =>
    `<div style="width:100%; font-family:'DejaVu Sans',sans-serif; font-size:8pt; color:#333; margin:0 14mm; text-align:right;">Page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`,
};

export const portraitRules: Layout = {
  name: "portrait-rules",
  landscape: false,
  margin: { top: 18, bottom: 18, side: 15 },
  css: `${sharedCss}
  body { font-family: "DejaVu Serif", "Liberation Serif", serif; font-size: 8.5pt; line-height: 1.25; color: #000; }
  h1.title { font-size: 20pt; font-weight: normal; text-align: center; margin: 40mm 0 14mm 0; }
  h2 { font-size: 12pt; margin: 5mm 0 2.5mm 0; font-weight: bold; }
  h3 { font-size: 10pt; margin: 4mm 0 1.5mm 0; font-style: italic; font-weight: bold; }
  p.body { margin: 0 0 2.5mm 0; text-align: justify; }
  p.note { font-size: 7pt; margin: 0 0 1.5mm 0; }
  table.report-table { border-top: 1.2pt solid #000; border-bottom: 1.2pt solid #000; }
  table.report-table th { border-bottom: 0.8pt solid #000; padding: 1mm 1mm; font-size: 7pt; font-weight: bold; }
  table.report-table td { border-bottom: 0.3pt solid #777; padding: 1mm 1mm; font-size: 7pt; }
  table.report-table.objective col.col-code { width: 8%; } table.report-table.objective col.col-name { width: 24%; }
  table.report-table.objective col.col-figure { width: 10%; } table.report-table.objective col.col-rating { width: 9%; }
  table.report-table.objective col.col-comments { width: 49%; }
  table.report-table.measure col.col-code { width: 7%; } table.report-table.measure col.col-name { width: 17%; }
  table.report-table.measure col.col-figure { width: 9%; } table.report-table.measure col.col-rating { width: 10.5%; }
  table.report-table.measure col.col-group { width: 10%; }
  table.contents { width: 85%; margin: 0 auto; font-size: 9.5pt; } table.contents td { padding: 1mm 1.5mm; }
  table.contents th { border-bottom: 0.8pt solid #000; }
  table.key { width: 90%; border-top: 1pt solid #000; border-bottom: 1pt solid #000; } table.key th { border-bottom: 0.6pt solid #000; padding: 1mm; }
  table.key td { padding: 1mm; border-bottom: 0.3pt solid #999; }
`,
  headerTemplate: (title) =>
    `<div style="width:100%; font-family:'DejaVu Serif',serif; font-size:7pt; font-style:italic; color:#000; margin:0 15mm; text-align:right;">${escapeHtml(title)}</div>`,
  footerTemplate: () =>
    `<div style="width:100%; font-family:'DejaVu Serif',serif; font-size:7.5pt; color:#000; margin:0 15mm; text-align:center;"><span class="pageNumber"></span></div>`,
};

export const layouts: readonly Layout[] = [landscapeGrid, portraitRules];
