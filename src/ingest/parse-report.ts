import type { Diagnostic } from "../report/diagnostic.js";
import type { Measure } from "../report/measure.js";
import type { Objective } from "../report/objective.js";
import type { Outcome, Report } from "../report/report.js";
import { attachTableNotes } from "./attach-table-notes.js";
import { checkReportEnding, type PlacedTable } from "./check-report-ending.js";
import { checkReportText } from "./check-report-text.js";
import { checkStatedCounts } from "./check-stated-counts.js";
import { findTables } from "./find-tables.js";
import type { TableBlock } from "./table-block.js";
import { joinContinuedRows, type TableRecord } from "./join-continued-rows.js";
import { mapColumns, type Column } from "./map-columns.js";
import { measureTableKind, namedTableKind } from "./measure-table-kind.js";
import { moveCommentaryTails } from "./move-commentary-tails.js";
import { headingPrefix, matchOutcome, parseOutcomes } from "./outcome-names.js";
import { parseFrontMatter } from "./parse-front-matter.js";
import { parseStatedCounts } from "./parse-stated-counts.js";
import { parseTitle } from "./parse-title.js";
import { readMeasures } from "./read-measures.js";
import { readObjectives, type DraftObjective } from "./read-objectives.js";
import { seriesKey } from "./series-key.js";
import { slugify } from "./slugify.js";
import { splitSourceLines, type SourceLine } from "./source-line.js";
import { splitTableTrailer } from "./split-table-trailer.js";
import { joinWithSpace, normaliseWhitespace } from "./sentence-shape.js";

/** What one report file yields: its records and every problem found, with file:line. */
export interface ParsedReport {
  readonly report: Report | null;
  readonly objectives: Objective[];
  readonly measures: Measure[];
  readonly diagnostics: Diagnostic[];
}

/** Splits a table's lead lines into the notes of the table before it and the headings of this one. */
function splitLead(
  lead: readonly SourceLine[],
  outcomes: readonly Outcome[],
): { notes: SourceLine[]; headings: SourceLine[] } {
  const firstHeading = lead.findIndex(
    (line, index) => index === lead.length - 1 || matchOutcome(line.text, outcomes) !== null,
  );
  return firstHeading < 0
    ? { notes: [...lead], headings: [] }
    : { notes: lead.slice(0, firstHeading), headings: lead.slice(firstHeading) };
}

/**
 * The outcome a table sits under: the outcome its heading's prefix names ("Place: Latest Measure Data"); a prefix
 * that names a group of measures of its own ("Overarching Measures - Latest Measure Data"); else the last section heading.
 */
function tableOutcome(heading: string | null, section: Outcome | null, outcomes: readonly Outcome[]): string | null {
  if (heading !== null) {
    const named = matchOutcome(heading, outcomes);
    if (named) return named.name;
    const prefix = headingPrefix(heading);
    if (prefix !== null && namedTableKind(prefix) !== null) return normaliseWhitespace(prefix);
  }
  return section?.name ?? null;
}

/** Appends tab-less lines that finish a table's last cell to that cell (the measure name or the commentary). */
function appendTails(record: TableRecord | undefined, tails: readonly SourceLine[], role: "name" | "commentary"): void {
  const cell = record?.cells.find((candidate) => candidate.column.role === role);
  if (!cell || tails.length === 0) return;
  const last = cell.fragments.length - 1;
  cell.fragments[last] = tails.reduce((text, tail) => joinWithSpace(text, tail.text), cell.fragments[last] ?? "");
}

/**
 * Parses the text of one performance report into a report, its objectives and its measures. Never throws on bad
 * input: problems are diagnostics with file:line, errors for anything that would make a record wrong or lost.
 */
export function parseReport(text: string, file: string): ParsedReport {
  try {
    return parseReportText(text, file);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      report: null,
      objectives: [],
      measures: [],
      diagnostics: [{ severity: "error", file, line: 0, message: `parser failed: ${message}` }],
    };
  }
}

function parseReportText(text: string, file: string): ParsedReport {
  const textProblems = checkReportText(text, file);
  if (textProblems.length > 0) return { report: null, objectives: [], measures: [], diagnostics: textProblems };
  const diagnostics: Diagnostic[] = [];
  const lines = splitSourceLines(text.replace(/^\uFEFF/, ""));
  // The title is the first line, unless a line or two of letterhead ("Derbyshire County Council") comes before it.
  const openingLines = lines.filter((line) => line.text.trim() !== "").slice(0, 3);
  const titleLine =
    openingLines.find((line) => /^Performance Report\b/i.test(normaliseWhitespace(line.text))) ?? openingLines[0];
  const title = normaliseWhitespace(titleLine?.text ?? "");
  const period = /^Performance Report\b/i.test(title) ? parseTitle(title) : null;
  if (titleLine === undefined || period === null) {
    const message = /^Performance Report\b/i.test(title)
      ? `title "${title}" names no period: expected "Performance Report Quarter N YYYY to YYYY" or "Performance Report YYYY-YY Year End"`
      : `not a performance report: expected a first line "Performance Report …", found "${title.slice(0, 80)}"`;
    return {
      report: null,
      objectives: [],
      measures: [],
      diagnostics: [{ severity: "error", file, line: titleLine?.line ?? 0, message }],
    };
  }

  const found = findTables(lines, file);
  diagnostics.push(...found.diagnostics);
  if (found.tables.length === 0)
    diagnostics.push({
      severity: "error",
      file,
      line: 0,
      message: 'no objective or measure tables: expected header rows like "No.\tStrategic Objective\t…"',
    });
  const outcomes = parseOutcomes(found.frontMatter, lines);
  if (outcomes.length === 0)
    diagnostics.push({
      severity: "warning",
      file,
      line: 0,
      message: 'no outcomes in the contents list: expected lines like "Outcome 1 - …\tpage"',
    });
  const frontMatter = parseFrontMatter(found.frontMatter, outcomes);
  const statedCounts = parseStatedCounts(found.frontMatter);
  if (statedCounts === null)
    diagnostics.push({
      severity: "warning",
      file,
      line: 0,
      message: 'the report states no progress counts in prose ("N show good progress…")',
    });

  const report: Report = {
    id: period.id,
    title,
    file,
    financialYear: period.financialYear,
    quarter: period.quarter,
    periodKind: period.periodKind,
    periodLabel: period.periodLabel,
    periodEnd: period.periodEnd,
    planName: /Council Plan \d{4}-\d{2,4}|\d{4}-\d{2,4} Council Plan/.exec(statedCounts?.sentence ?? "")?.[0] ?? "",
    outcomes,
    statedCounts,
    introduction: frontMatter.introduction,
    achievements: frontMatter.achievements,
  };

  const objectives: (DraftObjective & { outcome: string })[] = [];
  const measures: Measure[] = [];
  const outcomesWithTables = new Set<string>();
  const placedTables: PlacedTable[] = [];
  let section: Outcome | null = null;
  const tables = found.tables;
  tables.forEach((table, index) => {
    const leadParts = splitLead(table.lead, outcomes);
    for (const heading of leadParts.headings) section = matchOutcome(heading.text, outcomes) ?? section;
    const heading = leadParts.headings.at(-1) ?? null;
    const outcome = tableOutcome(heading?.text ?? null, section, outcomes);
    const line = table.headers[0]?.line ?? 0;
    if (outcome === null) {
      diagnostics.push({
        severity: "error",
        file,
        line,
        message: "table under no outcome heading: expected a section heading naming an outcome above it",
      });
      return;
    }
    outcomesWithTables.add(outcome);
    placedTables.push({ outcome, kind: table.kind, lastLine: table.rows.at(-1)?.line ?? line });
    const trailerLines =
      index + 1 < tables.length ? splitLead((tables[index + 1] as TableBlock).lead, outcomes).notes : found.trailing;
    const trailer = splitTableTrailer(trailerLines);
    const records = joinTable(table, file, diagnostics);
    if (table.kind === "objective") {
      appendTails(records.at(-1), trailer.tails, "commentary");
      const read = readObjectives(records, file);
      diagnostics.push(...read.diagnostics);
      objectives.push(...read.objectives.map((objective) => Object.assign(objective, { outcome })));
      return;
    }
    const kind = measureTableKind(leadParts.headings.map((line) => line.text));
    if (kind === null) {
      diagnostics.push({
        severity: "error",
        file,
        line: heading?.line ?? line,
        message: `measure table heading "${(heading?.text ?? "").slice(0, 80)}": expected Latest Measure Data, Annual Measures, Measures Awaiting Data, Measures with Data Updated Previous Quarter or Overarching Measures`,
      });
      return;
    }
    appendTails(records.at(-1), trailer.tails, "name");
    const read = readMeasures(records, kind, file);
    diagnostics.push(...read.diagnostics);
    const tableMeasures = read.measures.map((draft) => ({
      id: `${report.id}/${draft.objective}/${slugify(draft.name)}`,
      report: report.id,
      objective: draft.objective,
      outcome,
      name: draft.name,
      table: draft.table,
      values: draft.values,
      target: draft.target,
      rating: draft.rating,
      benchmark: draft.benchmark,
      benchmarkGroup: draft.benchmarkGroup,
      frequency: draft.frequency,
      latestDataAsAt: draft.latestDataAsAt,
      notes: [],
      seriesKey: seriesKey(draft.name),
      line: draft.line,
      markers: draft.markers,
    }));
    diagnostics.push(...attachTableNotes(tableMeasures, trailer.paragraphs, file));
    measures.push(...tableMeasures.map(({ markers: _markers, ...measure }) => measure));
  });

  moveCommentaryTails(objectives);
  const finished: Objective[] = objectives.map((objective) => ({
    id: `${report.id}/${objective.code}`,
    report: report.id,
    code: objective.code,
    outcome: objective.outcome,
    title: objective.title,
    expectedCompletion: objective.expectedCompletion,
    progress: objective.progress,
    commentary: objective.paragraphs.join("\n\n"),
    line: objective.line,
  }));
  diagnostics.push(...checkDuplicates(finished, measures, file));
  for (const outcome of outcomes) {
    if (!outcomesWithTables.has(outcome.name)) {
      diagnostics.push({
        severity: "error",
        file,
        line: 0,
        message: `outcome ${outcome.number} "${outcome.name}" is listed in the contents but has no table: expected its section (is the file truncated?)`,
      });
    }
  }
  diagnostics.push(...checkReportEnding({ tables: placedTables, trailing: found.trailing, outcomes }, file));
  diagnostics.push(...checkStatedCounts(statedCounts, finished, file, lines));
  return { report, objectives: finished, measures, diagnostics };
}

function joinTable(table: TableBlock, file: string, diagnostics: Diagnostic[]): TableRecord[] {
  const columnsByHeader = new Map<number, Column[]>();
  let unreadable = false;
  for (const header of table.headers) {
    const mapped = mapColumns(table.kind, header, file);
    diagnostics.push(...mapped.diagnostics);
    unreadable ||= mapped.diagnostics.some((diagnostic) => diagnostic.severity === "error");
    columnsByHeader.set(header.line, mapped.columns);
  }
  // A header that cannot be mapped makes every row of its table unreadable: one error, not one per row.
  if (unreadable) return [];
  const joined = joinContinuedRows(table.rows, (row) => columnsByHeader.get(row.header.line) ?? [], {
    file,
    ...(table.kind === "measure" ? { mergedTextRole: "name" as const } : {}),
  });
  diagnostics.push(...joined.diagnostics);
  return joined.records;
}

function checkDuplicates(objectives: readonly Objective[], measures: readonly Measure[], file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, number>();
  for (const objective of objectives) {
    const first = seen.get(objective.code);
    if (first !== undefined)
      diagnostics.push({
        severity: "error",
        file,
        line: objective.line,
        message: `duplicate objective code ${objective.code} (first at line ${first}): expected each code once per report`,
      });
    else seen.set(objective.code, objective.line);
  }
  const measureLines = new Map<string, number>();
  for (const measure of measures) {
    const first = measureLines.get(measure.id);
    if (first !== undefined)
      diagnostics.push({
        severity: "error",
        file,
        line: measure.line,
        message: `duplicate measure "${measure.name}" under ${measure.objective} (first at line ${first})`,
      });
    else measureLines.set(measure.id, measure.line);
  }
  return diagnostics;
}
