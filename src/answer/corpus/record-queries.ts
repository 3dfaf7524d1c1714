import type { Measure } from "../../report/measure.js";
import type { Objective } from "../../report/objective.js";
import type { MeasureFilter } from "../../store/find-measures.js";
import type { ObjectiveFilter } from "../../store/find-objectives.js";

/** The structured look-ups the executor makes: SQL over the store in the product, anything with the same answers in a test. */
export interface RecordQueries {
  findMeasures(filter: MeasureFilter): Measure[];
  findObjectives(filter: ObjectiveFilter): Objective[];
  /** The same measure across reports, oldest report first. */
  findSeries(seriesKey: string): Measure[];
}
