import type Database from "better-sqlite3";
import { diagnosticSchema, type Diagnostic } from "../report/diagnostic.js";
import { measureSchema } from "../report/measure.js";
import { objectiveSchema } from "../report/objective.js";
import { recordsSchema, type Records } from "../report/records.js";
import { reportSchema } from "../report/report.js";
import { z } from "zod";

const jsonRows = z.array(z.object({ json: z.string() }));

/** Parses the JSON column of rows with a record schema (the store is data entering the program). */
export function parseJsonRows<Schema extends z.ZodType>(rows: unknown, schema: Schema): z.infer<Schema>[] {
  return jsonRows.parse(rows).map((row) => schema.parse(JSON.parse(row.json)));
}

/** Every record in the store: reports in period order, objectives and measures in report then printed order. */
export function readRecords(db: Database.Database): Records {
  return recordsSchema.parse({
    reports: parseJsonRows(db.prepare("SELECT json FROM reports ORDER BY period_end, id").all(), reportSchema),
    objectives: parseJsonRows(
      db
        .prepare("SELECT o.json FROM objectives o JOIN reports r ON r.id = o.report ORDER BY r.period_end, o.position")
        .all(),
      objectiveSchema,
    ),
    measures: parseJsonRows(
      db
        .prepare("SELECT m.json FROM measures m JOIN reports r ON r.id = m.report ORDER BY r.period_end, m.position")
        .all(),
      measureSchema,
    ),
  });
}

/** The warnings kept from the ingest that built the store, in the order they were reported. */
export function readDiagnostics(db: Database.Database): Diagnostic[] {
  return z.array(diagnosticSchema).parse(
    db
      .prepare("SELECT severity, file, line, page, message FROM diagnostics ORDER BY position")
      .all()
      .map((row) => withoutNullPage(row)),
  );
}

/** A diagnostics row without its page column when it is null (a text report's), as the diagnostic was written. */
function withoutNullPage(row: unknown): unknown {
  const { page, ...rest } = row as { page: number | null };
  return page === null ? rest : { ...rest, page };
}
