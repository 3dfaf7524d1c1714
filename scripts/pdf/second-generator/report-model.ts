/**
 * Report text export → document model for printing: the same tables the ingest parser finds (src/ingest/find-tables),
 * with rows continued over the export's page breaks merged back into their record the way the parser joins them
 * (src/ingest/join-continued-rows, join-commentary, split-table-trailer), so every cell carries the text the parser
 * would read. Footnote markers ("14,846 ^(b)") are kept in the text for the renderer to raise.
 */
import { findTables, type TableBlock, type TableHeader } from "../../../src/ingest/find-tables.js";
import { htmlToParagraphs } from "../../../src/ingest/html-to-paragraphs.js";
import { joinCommentary } from "../../../src/ingest/join-commentary.js";
import { splitMergedName } from "../../../src/ingest/join-continued-rows.js";
import { parseFootnoteDefinition } from "../../../src/ingest/parse-footnote-definition.js";
import {
  endsSentence,
  joinWithSpace,
  normaliseWhitespace,
  startsLowerCase,
} from "../../../src/ingest/sentence-shape.js";
import { splitSourceLines, type SourceLine } from "../../../src/ingest/source-line.js";

/** One table cell: its paragraphs (commentary may have several), footnote markers still written "^(b)". */
export interface ModelCell {
  readonly paragraphs: string[];
}

export type Block =
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "heading"; readonly level: 2 | 3; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string; readonly note: boolean }
  | { readonly kind: "bullets"; readonly items: string[] }
  | {
      readonly kind: "contents";
      readonly header: string;
      readonly entries: { readonly text: string; readonly page: string }[];
    }
  /** A small table of the front matter (the key to ratings): cells as printed. */
  | { readonly kind: "key"; readonly header: string[]; readonly rows: string[][] }
  | {
      readonly kind: "table";
      readonly tableKind: "objective" | "measure";
      readonly header: string[];
      readonly rows: ModelCell[][];
    };

export interface ReportModel {
  readonly title: string;
  readonly blocks: Block[];
}

/** A record being assembled: the fragments of each column, in printed order. */
interface DraftRecord {
  readonly code: string;
  readonly header: TableHeader;
  readonly fragments: string[][];
}

function isCommentsColumn(header: string): boolean {
  return /^comments?$/i.test(normaliseWhitespace(header));
}

function isNameColumn(index: number): boolean {
  return index === 1;
}

function hasValues(cells: readonly string[]): boolean {
  return cells.slice(2).some((cell) => cell.trim() !== "");
}

/** Joins a table's rows into records as join-continued-rows does (code column 0, merged-name column 1 for measure tables). */
function joinRows(table: TableBlock): DraftRecord[] {
  const records: DraftRecord[] = [];
  for (const row of table.rows) {
    const cells = row.cells.map((cell) => cell.trim());
    const code = cells[0] ?? "";
    const previous = records.at(-1);
    if (code === "") {
      if (previous === undefined) throw new Error(`line ${row.line}: continuation row with no record above it`);
      cells.forEach((text, index) => {
        if (index > 0 && text !== "") previous.fragments[index]?.push(text);
      });
      continue;
    }
    const name = cells[1] ?? "";
    if (table.kind === "measure" && previous !== undefined && previous.code === code && startsLowerCase(name)) {
      const previousName = normaliseWhitespace((previous.fragments[1] ?? []).join(" "));
      const previousHasValues = previous.fragments.slice(2).some((fragments) => fragments.join("").trim() !== "");
      const { tail, rest } = splitMergedName(name, previousName, previousHasValues && hasValues(cells));
      previous.fragments[1]?.push(tail);
      if (rest === "") {
        cells.forEach((text, index) => {
          if (index > 1 && text !== "") previous.fragments[index]?.push(text);
        });
        continue;
      }
      records.push({ code, header: row.header, fragments: cells.map((text, index) => [index === 1 ? rest : text]) });
      continue;
    }
    records.push({ code, header: row.header, fragments: cells.map((text) => [text]) });
  }
  return records;
}

function cellOf(fragments: readonly string[], header: string): ModelCell {
  if (isCommentsColumn(header)) return { paragraphs: joinCommentary(fragments) };
  const text = htmlToParagraphs(fragments.join(" ")).join(" ");
  return { paragraphs: text === "" ? [] : [text] };
}

/** A table block per run of records under one header (a table may change header with no heading between). */
function tableBlocks(table: TableBlock, records: readonly DraftRecord[]): Block[] {
  const blocks: Block[] = [];
  let current: { header: TableHeader; rows: ModelCell[][] } | null = null;
  for (const record of records) {
    if (current === null || current.header !== record.header) {
      current = { header: record.header, rows: [] };
      blocks.push({ kind: "table", tableKind: table.kind, header: [...record.header.cells], rows: current.rows });
    }
    current.rows.push(record.fragments.map((fragments, index) => cellOf(fragments, record.header.cells[index] ?? "")));
  }
  return blocks;
}

/**
 * Text lines (no tabs) → blocks. Every line is one paragraph; bullets ("- ") take the following lines that start
 * with a space; footnote definitions are notes; short lines without a closing full stop are headings (level 3 when
 * the line introduces a table, i.e. is the last line before one).
 */
function textBlocks(lines: readonly SourceLine[], beforeTable: boolean, blocks: Block[]): void {
  const nonBlank = lines.filter((line) => line.text.trim() !== "");
  nonBlank.forEach((line, index) => {
    const raw = line.text;
    const text = normaliseWhitespace(raw);
    const last = blocks.at(-1);
    if (/^\s+\S/.test(raw) && last?.kind === "bullets" && !/^\s*-\s/.test(raw)) {
      const items = last.items;
      items[items.length - 1] = joinWithSpace(items[items.length - 1] ?? "", text);
      return;
    }
    if (/^\s*-\s/.test(raw)) {
      const item = text.replace(/^-\s*/, "");
      if (last?.kind === "bullets") last.items.push(item);
      else blocks.push({ kind: "bullets", items: [item] });
      return;
    }
    if (parseFootnoteDefinition(text) !== null && !/^\s*\*/.test(text)) {
      blocks.push({ kind: "paragraph", text, note: true });
      return;
    }
    const sentenceLike =
      /[.;,(]$/.test(text) || /[.:] [A-Z]/.test(text) || (/:$/.test(text) && text.length > 80) || /^[£$€\d]/.test(text);
    const heading = text.length <= 240 && !sentenceLike && !startsLowerCase(text);
    // A paragraph the export broke over a page ("… from Children" / "Services, £4.05m …") is one paragraph (split-table-trailer).
    if (!heading && last?.kind === "paragraph" && !last.note && !endsSentence(last.text)) {
      blocks[blocks.length - 1] = { ...last, text: joinWithSpace(last.text, text) };
      return;
    }
    if (heading) {
      const introducesTable = beforeTable && index === nonBlank.length - 1;
      blocks.push({ kind: "heading", level: introducesTable ? 3 : 2, text });
      return;
    }
    blocks.push({ kind: "paragraph", text, note: false });
  });
}

/** Tab lines of the front matter → a contents list (rows "text\tpage") or a small key table. */
function frontMatterTable(lines: readonly SourceLine[], blocks: Block[]): void {
  const rows = lines.map((line) => line.text.split("\t").map((cell) => normaliseWhitespace(cell)));
  const first = rows[0] ?? [];
  const isContents =
    (first[0] === "" && /^page$/i.test(first[1] ?? "")) || rows.every((row) => /^\d+$/.test(row.at(-1) ?? ""));
  if (isContents) {
    const headerRow = first[0] === "" ? first : null;
    const entries = (headerRow ? rows.slice(1) : rows).map((row) => ({
      text: row.slice(0, -1).join(" "),
      page: row.at(-1) ?? "",
    }));
    blocks.push({ kind: "contents", header: headerRow?.[1] ?? "", entries });
    return;
  }
  blocks.push({ kind: "key", header: first, rows: rows.slice(1) });
}

function frontMatterBlocks(lines: readonly SourceLine[], blocks: Block[]): void {
  let group: SourceLine[] = [];
  let textRun: SourceLine[] = [];
  const flushTabs = (): void => {
    if (group.length > 0) frontMatterTable(group, blocks);
    group = [];
  };
  const flushText = (): void => {
    if (textRun.length > 0) textBlocks(textRun, false, blocks);
    textRun = [];
  };
  for (const line of lines) {
    if (line.text.trim() === "") {
      flushTabs();
      continue;
    }
    if (line.text.includes("\t")) {
      flushText();
      group.push(line);
      continue;
    }
    flushTabs();
    textRun.push(line);
  }
  flushTabs();
  if (textRun.length > 0) textBlocks(textRun, true, blocks);
}

/** The leading lines under a table that finish its last cell (start lower-case, not a footnote): see split-table-trailer. */
function splitTails(lead: readonly SourceLine[]): { tails: SourceLine[]; rest: SourceLine[] } {
  const nonBlank = lead.filter((line) => line.text.trim() !== "");
  let count = 0;
  while (count < nonBlank.length) {
    const text = (nonBlank[count] as SourceLine).text.trim();
    if (parseFootnoteDefinition(text) !== null || !startsLowerCase(text)) break;
    count += 1;
  }
  return { tails: nonBlank.slice(0, count), rest: nonBlank.slice(count) };
}

function appendTails(records: DraftRecord[], table: TableBlock, tails: readonly SourceLine[]): void {
  const record = records.at(-1);
  if (record === undefined || tails.length === 0) return;
  const column = table.kind === "objective" ? record.header.cells.findIndex(isCommentsColumn) : 1;
  const fragments = record.fragments[column];
  if (fragments === undefined) return;
  const lastIndex = fragments.length - 1;
  fragments[lastIndex] = tails.reduce((text, tail) => joinWithSpace(text, tail.text), fragments[lastIndex] ?? "");
}

export function readReportModel(text: string, file: string): ReportModel {
  const lines = splitSourceLines(text.replace(/^\uFEFF/, ""));
  const found = findTables(lines, file);
  const errors = found.diagnostics.filter((diagnostic) => diagnostic.severity === "error");
  if (errors.length > 0) throw new Error(errors.map((error) => `${file}:${error.line}: ${error.message}`).join("\n"));
  const blocks: Block[] = [];
  const firstLine = found.frontMatter.find((line) => line.text.trim() !== "");
  const title = normaliseWhitespace(firstLine?.text ?? "");
  blocks.push({ kind: "title", text: title });
  frontMatterBlocks(
    found.frontMatter.filter((line) => line !== firstLine),
    blocks,
  );
  const joined = found.tables.map((table) => joinRows(table));
  found.tables.forEach((table, index) => {
    const records = joined[index] as DraftRecord[];
    const next = found.tables[index + 1];
    const after = next === undefined ? found.trailing : next.lead;
    appendTails(records, table, splitTails(after).tails);
  });
  found.tables.forEach((table, index) => {
    const lead =
      index === 0 ? table.lead.filter((line) => !found.frontMatter.includes(line)) : splitTails(table.lead).rest;
    textBlocks(lead, true, blocks);
    blocks.push(...tableBlocks(table, joined[index] as DraftRecord[]));
  });
  const lastTable = found.tables.at(-1);
  if (lastTable !== undefined) textBlocks(splitTails(found.trailing).rest, false, blocks);
  return { title, blocks };
}
