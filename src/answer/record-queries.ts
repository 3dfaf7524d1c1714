import type { Measure } from "../report/measure.js";
import type { Objective } from "../report/objective.js";

/** Filters for measure look-ups; every given filter must hold. */
export interface MeasureFilter {
  readonly report?: string | null;
  readonly objectives?: readonly string[];
  readonly ids?: readonly string[];
  readonly ratings?: readonly (string | null)[];
  readonly outcome?: string | null;
}

/** Filters for objective look-ups; every given filter must hold. */
export interface ObjectiveFilter {
  readonly report?: string | null;
  readonly codes?: readonly string[];
  readonly progress?: readonly (string | null)[];
  readonly outcome?: string | null;
}

/** The structured look-ups the executor makes: SQL over the store in the product, anything with the same answers in a test. */
export interface RecordQueries {
  findMeasures(filter: MeasureFilter): Measure[];
  findObjectives(filter: ObjectiveFilter): Objective[];
  /** The same measure across reports, oldest report first. */
  findSeries(seriesKey: string): Measure[];
}
