/**
 * Checks that the test PDFs lose no words: the multiset of words `pdftotext` reads from each
 * tests/fixtures/pdf/second-generator/<report>.<layout>.pdf against the words of data/reports/<report>.txt, ignoring the tab and
 * continuation structure and the order (`pdftotext -layout`, which does not join a line-end hyphen to the next line), the running header (the title, once per page) and the page numbers. Words only in the
 * PDF are expected to be table header words (headers repeat at the PDF's own page breaks, not the export's).
 *
 *   npx tsx scripts/pdf/check-words.ts        exits 1 when any word of a report is missing from a PDF
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { findTables } from "../../../src/ingest/find-tables.js";
import { fitHeaderCells } from "../../../src/ingest/fit-row-cells.js";
import { htmlToParagraphs } from "../../../src/ingest/html-to-paragraphs.js";
import { splitSourceLines } from "../../../src/ingest/source-line.js";
import { layouts } from "./render-html.js";

const root = resolve(fileURLToPath(import.meta.url), "../../../..");

type Bag = Map<string, number>;

function add(bag: Bag, words: readonly string[]): void {
  for (const word of words) bag.set(word, (bag.get(word) ?? 0) + 1);
}

function take(bag: Bag, word: string): boolean {
  const count = bag.get(word) ?? 0;
  if (count === 0) return false;
  if (count === 1) bag.delete(word);
  else bag.set(word, count - 1);
  return true;
}

function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word !== "");
}

/** A line's visible words: HTML tags and entities as the parser reads them, markers "14,846 ^(b)" as printed "14,846b". */
function lineWords(line: string): string[] {
  const visible = htmlToParagraphs(line.replace(/\t/g, " ")).join(" ");
  return words(visible.replace(/\s*\^\(([a-z]|\d{1,2})\)/gi, "$1"));
}

function difference(from: Bag, minus: Bag): Bag {
  const result: Bag = new Map(from);
  for (const [word, count] of minus) for (let index = 0; index < count; index += 1) take(result, word);
  return result;
}

function total(bag: Bag): number {
  return [...bag.values()].reduce((sum, count) => sum + count, 0);
}

function describe(bag: Bag, limit = 12): string {
  return [...bag.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([word, count]) => `${word}×${count}`)
    .join(" ");
}

let failed = false;
const reports = readdirSync(join(root, "data/reports"))
  .filter((file) => file.endsWith(".txt"))
  .sort();
for (const file of reports) {
  const text = readFileSync(join(root, "data/reports", file), "utf8");
  const lines = splitSourceLines(text);
  const expected: Bag = new Map();
  const headerWords = new Set<string>();
  const found = findTables(lines, file);
  for (const table of found.tables)
    for (const header of table.headers)
      for (const cell of header.cells) for (const word of words(cell)) headerWords.add(word);
  // Header rows are compared apart: the export repeats them at its page breaks, the PDF at its own. Each table
  // prints every distinct header it has at least once; extra copies in the PDF must be header words.
  const headerLines = new Set<number>();
  const headerCopies: Bag = new Map();
  const headerTexts = new Set<string>();
  for (const table of found.tables) {
    for (const header of table.headers)
      for (let line = header.line; line <= (header.endLine ?? header.line); line += 1) headerLines.add(line);
    for (const header of table.headers) headerTexts.add(header.cells.join("\t"));
    for (const header of table.headers)
      add(
        headerCopies,
        header.cells.flatMap((cell) => words(cell)),
      );
  }
  for (const { text: line, line: number } of lines) {
    // Table-rule debris ("------\t---") is not text: the parser drops it and so does the printout.
    const isHeader = headerLines.has(number) || headerTexts.has(fitHeaderCells(line.split("\t")).join("\t"));
    if (/^[\s\-–—_=]*$/.test(line) || isHeader) continue;
    // A bullet's "- " is printed as a list bullet, not as a word.
    add(expected, lineWords(line.replace(/^\s*-\s+/, "")));
  }
  add(
    expected,
    [...headerCopies].flatMap(([word, count]) => Array<string>(count).fill(word)),
  );
  const title = words(lines.find((line) => line.text.trim() !== "")?.text ?? "");
  for (const layout of layouts) {
    const pdf = join(root, "tests/fixtures/pdf/second-generator", `${basename(file, ".txt")}.${layout.name}.pdf`);
    if (!existsSync(pdf)) {
      console.log(`${basename(pdf)}: missing`);
      failed = true;
      continue;
    }
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? 0);
    const printed: Bag = new Map();
    add(printed, words(execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", pdf, "-"], { encoding: "utf8" })));
    // The running header and the page number of every page.
    const furniture: string[] = [];
    for (let page = 1; page <= pages; page += 1) {
      furniture.push(...title);
      furniture.push(
        ...(layout.name === "landscape-grid" ? ["Page", String(page), "of", String(pages)] : [String(page)]),
      );
    }
    const unmatchedFurniture = furniture.filter((word) => !take(printed, word));
    const missing = difference(expected, printed);
    const extra = difference(printed, expected);
    const extraNotHeader = new Map([...extra].filter(([word]) => !headerWords.has(word)));
    console.log(
      `${basename(pdf)}: ${pages} pages; text words ${total(expected)}, PDF words ${total(printed)} (after ${furniture.length - unmatchedFurniture.length} header/footer words); ` +
        `missing from PDF ${total(missing)}, extra in PDF ${total(extra)} (${total(extra) - total(extraNotHeader)} table-header words from repeated headers, ${total(extraNotHeader)} other)`,
    );
    if (total(missing) > 0) console.log(`  missing: ${describe(missing)}`);
    if (total(extraNotHeader) > 0) console.log(`  extra, not header words: ${describe(extraNotHeader)}`);
    if (unmatchedFurniture.length > 0) console.log(`  header/footer words not found: ${unmatchedFurniture.length}`);
    if (total(missing) > 0 || total(extraNotHeader) > 0) failed = true;
  }
}
process.exitCode = failed ? 1 : 0;
