import Database from "better-sqlite3";
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { Diagnostic } from "../report/diagnostic.js";
import type { Records } from "../report/records.js";
import { storeSchemaSql } from "./store-schema.js";

/**
 * Writes the records to a SQLite file atomically: the database is built in a temporary file in the same directory
 * and renamed over `databasePath` only when every row is in, so a failure leaves the previous store untouched.
 * Warnings from ingestion can be kept beside the records.
 */
export function writeStore(databasePath: string, records: Records, diagnostics: readonly Diagnostic[] = []): void {
  const directory = dirname(databasePath);
  mkdirSync(directory, { recursive: true });
  removeAbandonedTemporaries(directory, basename(databasePath));
  const temporary = join(directory, `.${basename(databasePath)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const db = new Database(temporary);
    try {
      // The temporary file is private until the rename, so it needs no journal; one fsync before the rename
      // makes the finished file durable.
      db.pragma("journal_mode = OFF");
      db.pragma("synchronous = OFF");
      db.exec(storeSchemaSql);
      insertRecords(db, records, diagnostics);
    } finally {
      db.close();
    }
    const descriptor = openSync(temporary, "r");
    try {
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, databasePath);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  // The rename is durable only once the directory entry is: a power cut now would otherwise bring the old store back.
  const directoryDescriptor = openSync(directory, "r");
  try {
    fsyncSync(directoryDescriptor);
  } finally {
    closeSync(directoryDescriptor);
  }
}

/** Temporary stores left by a writer that was killed (`kill -9` mid-write): removed once their process is gone. */
function removeAbandonedTemporaries(directory: string, name: string): void {
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(\\d+)\\.\\d+\\.tmp(?:-journal)?$`);
  for (const entry of readdirSync(directory)) {
    const pid = pattern.exec(entry)?.[1];
    if (pid !== undefined && !isRunning(Number(pid))) rmSync(join(directory, entry), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}

function insertRecords(db: Database.Database, records: Records, diagnostics: readonly Diagnostic[]): void {
  const insertReport = db.prepare(
    `INSERT INTO reports (id, title, file, financial_year, quarter, period_kind, period_label, period_end, plan_name, json)
     VALUES (@id, @title, @file, @financialYear, @quarter, @periodKind, @periodLabel, @periodEnd, @planName, @json)`,
  );
  const insertObjective = db.prepare(
    `INSERT INTO objectives (id, report, code, outcome, title, expected_completion, progress, commentary, line, position, json)
     VALUES (@id, @report, @code, @outcome, @title, @expectedCompletion, @progress, @commentary, @line, @position, @json)`,
  );
  const insertMeasure = db.prepare(
    `INSERT INTO measures (id, report, objective, outcome, name, table_kind, target_period, target_value, target_number, rating,
       benchmark_value, benchmark_number, benchmark_group, frequency, latest_data_as_at, series_key, line, position, json)
     VALUES (@id, @report, @objective, @outcome, @name, @table, @targetPeriod, @targetValue, @targetNumber, @rating,
       @benchmarkValue, @benchmarkNumber, @benchmarkGroup, @frequency, @latestDataAsAt, @seriesKey, @line, @position, @json)`,
  );
  const insertValue = db.prepare(
    `INSERT INTO measure_values (measure_id, position, period, value, number, unit, malformed, markers)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertNote = db.prepare(
    `INSERT INTO measure_notes (measure_id, position, marker, text, line) VALUES (?, ?, ?, ?, ?)`,
  );
  const insertDiagnostic = db.prepare(
    `INSERT INTO diagnostics (position, severity, file, line, page, message) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  db.transaction(() => {
    for (const report of records.reports) {
      const { id, title, file, financialYear, quarter, periodKind, periodLabel, periodEnd, planName } = report;
      insertReport.run({
        id,
        title,
        file,
        financialYear,
        quarter,
        periodKind,
        periodLabel,
        periodEnd,
        planName,
        json: JSON.stringify(report),
      });
    }
    records.objectives.forEach((objective, position) => {
      const { id, report, code, outcome, title, expectedCompletion, progress, commentary, line } = objective;
      insertObjective.run({
        id,
        report,
        code,
        outcome,
        title,
        expectedCompletion,
        progress,
        commentary,
        line,
        position,
        json: JSON.stringify(objective),
      });
    });
    records.measures.forEach((measure, position) => {
      insertMeasure.run({
        id: measure.id,
        report: measure.report,
        objective: measure.objective,
        outcome: measure.outcome,
        name: measure.name,
        table: measure.table,
        targetPeriod: measure.target?.period ?? null,
        targetValue: measure.target?.value ?? null,
        targetNumber: measure.target?.number ?? null,
        rating: measure.rating,
        benchmarkValue: measure.benchmark?.value ?? null,
        benchmarkNumber: measure.benchmark?.number ?? null,
        benchmarkGroup: measure.benchmarkGroup,
        frequency: measure.frequency,
        latestDataAsAt: measure.latestDataAsAt,
        seriesKey: measure.seriesKey,
        line: measure.line,
        position,
        json: JSON.stringify(measure),
      });
      measure.values.forEach((value, index) => {
        insertValue.run(
          measure.id,
          index,
          value.period,
          value.value,
          value.number,
          value.unit,
          value.malformed ? 1 : 0,
          JSON.stringify(value.markers),
        );
      });
      measure.notes.forEach((note, index) => insertNote.run(measure.id, index, note.marker, note.text, note.line));
    });
    diagnostics.forEach((diagnostic, position) =>
      insertDiagnostic.run(
        position,
        diagnostic.severity,
        diagnostic.file,
        diagnostic.line,
        diagnostic.page ?? null,
        diagnostic.message,
      ),
    );
  })();
}
