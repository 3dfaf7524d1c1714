import type Database from "better-sqlite3";
import { measureSchema, type Measure } from "../report/measure.js";
import { parseJsonRows } from "./read-records.js";
import { emptyWhere, whereEquals, whereOneOf, whereSql } from "./sql-where.js";

/** Which measures to find; every given condition must hold. Absent, null or empty conditions do not filter. */
export interface MeasureFilter {
  readonly report?: string | null;
  readonly objectives?: readonly string[];
  readonly ids?: readonly string[];
  /** Performance ratings; null in the list matches a blank rating. */
  readonly ratings?: readonly (string | null)[];
  /** Outcome name, compared case-insensitively. */
  readonly outcome?: string | null;
  readonly seriesKey?: string | null;
}

/** Measures matching the filter, in report period order then printed order. */
export function findMeasures(db: Database.Database, filter: MeasureFilter = {}): Measure[] {
  const where = emptyWhere();
  whereEquals(where, "m.report", filter.report);
  whereOneOf(where, "m.objective", filter.objectives);
  whereOneOf(where, "m.id", filter.ids);
  whereOneOf(where, "m.rating", filter.ratings);
  whereEquals(where, "m.outcome", filter.outcome, " COLLATE NOCASE");
  whereEquals(where, "m.series_key", filter.seriesKey);
  const sql = `SELECT m.json FROM measures m JOIN reports r ON r.id = m.report ${whereSql(where)} ORDER BY r.period_end, m.position`;
  return parseJsonRows(db.prepare(sql).all(...where.parameters), measureSchema);
}
