import type Database from "better-sqlite3";
import { objectiveSchema, type Objective } from "../report/objective.js";
import { parseJsonRows } from "./read-records.js";
import { emptyWhere, whereEquals, whereOneOf, whereSql } from "./sql-where.js";

/** Which objectives to find; every given condition must hold. Absent, null or empty conditions do not filter. */
export interface ObjectiveFilter {
  readonly report?: string | null;
  readonly codes?: readonly string[];
  /** Progress ratings; null in the list matches a blank progress cell. */
  readonly progress?: readonly (string | null)[];
  /** Outcome name, compared case-insensitively. */
  readonly outcome?: string | null;
}

/** Objectives matching the filter, in report period order then printed order. */
export function findObjectives(db: Database.Database, filter: ObjectiveFilter = {}): Objective[] {
  const where = emptyWhere();
  whereEquals(where, "o.report", filter.report);
  whereOneOf(where, "o.code", filter.codes);
  whereOneOf(where, "o.progress", filter.progress);
  whereEquals(where, "o.outcome", filter.outcome, " COLLATE NOCASE");
  const sql = `SELECT o.json FROM objectives o JOIN reports r ON r.id = o.report ${whereSql(where)} ORDER BY r.period_end, o.position`;
  return parseJsonRows(db.prepare(sql).all(...where.parameters), objectiveSchema);
}
