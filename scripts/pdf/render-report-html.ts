// Test material for the PDF reader: a report's content as an HTML document printed the way council Word templates
// print, in one of several layouts. Rows come from the records the text export parses to, so a PDF of this HTML
// should read back to the very same records.
import type { Measure } from "../../src/report/measure.js";
import type { Objective } from "../../src/report/objective.js";
import type { TableBlock } from "../../src/ingest/find-tables.js";
import type { SourceLine } from "../../src/ingest/source-line.js";

export interface Layout {
  readonly name: string;
  readonly landscape: boolean;
  readonly css: string;
  /** Column widths in percent by the column's role. */
  readonly widths: (roles: readonly string[]) => number[];
  /** Bullets printed as a "•" in the text (as Word prints them) rather than drawn as list markers. */
  readonly textBullets: boolean;
}

export interface ReportDocument {
  readonly title: string;
  readonly frontMatter: readonly SourceLine[];
  readonly tables: readonly { block: TableBlock; objectives: Objective[]; measures: Measure[] }[];
  readonly trailing: readonly SourceLine[];
}

const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const marked = (value: string, markers: readonly string[]) =>
  escape(value) + markers.map((marker) => `<sup>${escape(marker)}</sup>`).join("");

/** Text lines outside tables: title, contents entries, bullets (a wrapped bullet's lines joined), paragraphs. */
function renderLines(lines: readonly SourceLine[], title: string, textBullets: boolean): string {
  const blocks: string[] = [];
  let bullets: string[] = [];
  const flush = () => {
    if (bullets.length > 0)
      blocks.push(
        `<ul${textBullets ? ' class="text-bullets"' : ""}>${bullets.map((bullet) => `<li>${textBullets ? '<span class="bullet">•</span>' : ""}${escape(bullet)}</li>`).join("")}</ul>`,
      );
    bullets = [];
  };
  for (const { text } of lines) {
    if (text.trim() === "") continue;
    if (/^\s/.test(text) && bullets.length > 0 && !text.includes("\t")) {
      bullets[bullets.length - 1] = `${bullets.at(-1)} ${text.trim()}`;
      continue;
    }
    if (/^- /.test(text)) {
      bullets.push(text.slice(2).trim());
      continue;
    }
    flush();
    if (text.trim() === title) blocks.push(`<h1>${escape(title)}</h1>`);
    else if (text.includes("\t")) {
      const [entry, ...rest] = text.split("\t");
      blocks.push(
        `<div class="contents"><span>${escape(entry ?? "")}</span><span>${escape(rest.join(" ").trim())}</span></div>`,
      );
    } else if (text.length < 110 && !/[.:;,]$/.test(text.trim()) && !/^\(/.test(text.trim()))
      blocks.push(`<h3>${escape(text.trim())}</h3>`);
    else blocks.push(`<p>${escape(text.trim())}</p>`);
  }
  flush();
  return blocks.join("\n");
}

function objectiveRow(objective: Objective): string[] {
  const commentary = objective.commentary
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escape(paragraph)}</p>`)
    .join("");
  return [
    escape(objective.code),
    escape(objective.title),
    escape(objective.expectedCompletion),
    escape(objective.progress ?? ""),
    commentary,
  ];
}

function measureRow(measure: Measure, headers: readonly string[], roles: readonly string[]): string[] {
  return headers.map((header, index) => {
    const role = roles[index];
    if (role === "code") return escape(measure.objective);
    if (role === "name") return escape(measure.name);
    if (role === "rating") return escape(measure.rating ?? "");
    if (role === "target") return escape(measure.target?.value ?? "");
    if (role === "benchmark") return escape(measure.benchmark?.value ?? "");
    if (role === "benchmarkGroup") return escape(measure.benchmarkGroup ?? "");
    if (role === "frequency") return escape(measure.frequency ?? "");
    if (role === "latestDataAsAt") return escape(measure.latestDataAsAt ?? "");
    const value = measure.values.find((candidate) => candidate.period === header.replace(/\s+/g, " ").trim());
    return value ? marked(value.value, value.markers) : "";
  });
}

/** The HTML of a whole report in a layout. `roles` gives each table's column roles, from the parser's column map. */
export function renderReportHtml(
  document: ReportDocument,
  layout: Layout,
  roles: (block: TableBlock, headers: readonly string[]) => string[],
): string {
  const body: string[] = [renderLines(document.frontMatter, document.title, layout.textBullets)];
  for (const { block, objectives, measures } of document.tables) {
    body.push(renderLines(block.lead, document.title, layout.textBullets));
    // A table can change header with no heading between (two overarching tables): each header prints its own table.
    const groups =
      block.kind === "objective"
        ? [{ header: block.headers[0], cells: objectives.map(objectiveRow) }]
        : block.headers
            .map((header) => ({
              header,
              cells: measures.filter(
                (measure) => block.rows.find((row) => row.line === measure.line)?.header === header,
              ),
            }))
            .filter((group) => group.cells.length > 0)
            .map((group) => ({
              header: group.header,
              cells: group.cells.map((measure) =>
                measureRow(measure, group.header?.cells ?? [], roles(block, group.header?.cells ?? [])),
              ),
            }));
    for (const group of groups) {
      const headers = [...(group.header?.cells ?? [])];
      const widths = layout.widths(roles(block, headers));
      body.push(
        `<table><colgroup>${widths.map((width) => `<col style="width:${width}%">`).join("")}</colgroup>` +
          `<thead><tr>${headers.map((header) => `<th>${escape(header)}</th>`).join("")}</tr></thead>` +
          `<tbody>${group.cells.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join("")}</tr>`).join("\n")}</tbody></table>`,
      );
    }
  }
  body.push(renderLines(document.trailing, document.title, layout.textBullets));
  return `<!doctype html><html><head><meta charset="utf-8"><title>${escape(document.title)}</title><style>${layout.css}</style></head><body>${body.join("\n")}</body></html>`;
}
