import type Database from "better-sqlite3";
import type { Measure } from "../report/measure.js";
import { findMeasures } from "./find-measures.js";

/** The same measure across reports (one series key), in report period order, oldest first. */
export function findSeries(db: Database.Database, seriesKey: string): Measure[] {
  return findMeasures(db, { seriesKey });
}
