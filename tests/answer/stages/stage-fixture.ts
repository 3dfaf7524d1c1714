import { buildCorpus } from "../../../src/answer/corpus/build-corpus.js";
import { findCommentaryConflicts } from "../../../src/answer/corpus/find-commentary-conflicts.js";
import type { RecordQueries } from "../../../src/answer/corpus/record-queries.js";
import type { ExecutionContext } from "../../../src/answer/passages/execution-context.js";
import type { PlanningContext } from "../../../src/answer/plan/planned-question.js";
import type { Measure } from "../../../src/report/measure.js";
import type { Objective } from "../../../src/report/objective.js";
import type { Records } from "../../../src/report/records.js";
import { buildChunks } from "../../../src/search/build-chunks.js";
import { recordsFixture } from "../../search/records-fixture.js";

/** Record queries over records in memory: the seam `record-queries.ts` leaves for a fake of the store. */
export function queriesOver(records: Records): RecordQueries {
  const within = <T extends Measure | Objective>(
    items: readonly T[],
    report: string | null | undefined,
    outcome: string | null | undefined,
  ) =>
    items.filter(
      (item) =>
        (!report || item.report === report) && (!outcome || item.outcome.toLowerCase() === outcome.toLowerCase()),
    );
  return {
    findMeasures: (filter) =>
      within(records.measures, filter.report, filter.outcome).filter(
        (measure) =>
          (!filter.ids || filter.ids.includes(measure.id)) &&
          (!filter.objectives || filter.objectives.includes(measure.objective)) &&
          (!filter.ratings || filter.ratings.includes(measure.rating)) &&
          (!filter.seriesKey || measure.seriesKey === filter.seriesKey),
      ),
    findObjectives: (filter) =>
      within(records.objectives, filter.report, filter.outcome).filter(
        (objective) =>
          (!filter.codes || filter.codes.includes(objective.code)) &&
          (!filter.progress || filter.progress.includes(objective.progress)),
      ),
    findSeries: (seriesKey) => records.measures.filter((measure) => measure.seriesKey === seriesKey),
  };
}

/** The planning and execution contexts the engine builds at start-up, built here from the small records fixture. */
export function stageContexts(records: Records = recordsFixture): {
  planning: PlanningContext;
  execution: ExecutionContext;
} {
  const reports = [...records.reports].sort((left, right) => right.periodEnd.localeCompare(left.periodEnd));
  const corpus = buildCorpus(records, buildChunks(records));
  const passages = records.objectives.map((objective) => ({
    report: objective.report,
    objective: objective.code,
    text: objective.commentary,
  }));
  const conflicts = findCommentaryConflicts(passages, records.measures, corpus.index);
  return {
    planning: { reports, corpus, synonyms: () => [] },
    execution: { reports, queries: queriesOver(records), corpus, conflicts, hits: [] },
  };
}

export function measureOf(id: string): Measure {
  const measure = recordsFixture.measures.find((entry) => entry.id === id);
  if (!measure) throw new Error(`no measure ${id} in the fixture`);
  return measure;
}
