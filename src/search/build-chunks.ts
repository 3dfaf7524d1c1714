import type { Measure } from "../report/measure.js";
import type { Objective } from "../report/objective.js";
import type { Records } from "../report/records.js";
import type { Report } from "../report/report.js";
import type { Chunk } from "./chunk.js";
import { windowProse } from "./window-prose.js";

/**
 * Cuts the records into retrievable chunks, in report order: per report its introduction windows, the summary
 * sentence with the stated counts and each achievements bullet; per objective one chunk of code and title and
 * its commentary in paragraph windows; per measure one chunk of its name (with its objective and notes as
 * context); and one chunk per distinct footnote or note under a table.
 */
export function buildChunks(records: Records): Chunk[] {
  const chunks: Chunk[] = [];
  for (const report of records.reports) {
    const objectives = records.objectives.filter((objective) => objective.report === report.id);
    const measures = records.measures.filter((measure) => measure.report === report.id);
    const base = { report: report.id, period: report.periodLabel };
    chunks.push(...reportProseChunks(report));
    for (const objective of objectives) {
      const context = `${objective.code} ${objective.title}`;
      chunks.push({
        ...base,
        id: `${objective.id}/objective`,
        objective: objective.code,
        measure: null,
        outcome: objective.outcome,
        kind: "objective",
        text: objective.title,
        context: `${objective.code} ${objective.outcome}`,
      });
      windowProse(objective.commentary).forEach((text, index) => {
        chunks.push({
          ...base,
          id: `${objective.id}/commentary-${index + 1}`,
          objective: objective.code,
          measure: null,
          outcome: objective.outcome,
          kind: "commentary",
          text,
          context,
        });
      });
    }
    for (const measure of measures) {
      chunks.push({
        ...base,
        id: `${measure.id}#measure`,
        objective: measure.objective,
        measure: measure.id,
        outcome: measure.outcome,
        kind: "measure",
        text: measure.name,
        context: [objectiveContext(measure.objective, objectives), ...measure.notes.map((note) => note.text)].join(" "),
      });
    }
    chunks.push(...noteChunks(report, measures, objectives));
  }
  return chunks;
}

function reportProseChunks(report: Report): Chunk[] {
  const base = { report: report.id, period: report.periodLabel, objective: null, measure: null };
  const chunks: Chunk[] = windowProse(report.introduction).map((text, index) => ({
    ...base,
    id: `${report.id}/introduction-${index + 1}`,
    outcome: null,
    kind: "introduction",
    text,
    context: report.title,
  }));
  if (report.statedCounts) {
    chunks.push({
      ...base,
      id: `${report.id}/summary`,
      outcome: null,
      kind: "summary",
      text: report.statedCounts.sentence,
      context: `${report.title} ${report.planName}`,
    });
  }
  report.achievements.forEach((achievement, index) => {
    chunks.push({
      ...base,
      id: `${report.id}/achievement-${index + 1}`,
      outcome: achievement.outcome,
      kind: "achievement",
      text: achievement.text,
      context: achievement.outcome ?? "",
    });
  });
  return chunks;
}

/** One chunk per distinct note text of a report, tied to its measure (or objective) when it qualifies only one. */
function noteChunks(report: Report, measures: Measure[], objectives: Objective[]): Chunk[] {
  const qualified = new Map<string, { marker: string | null; text: string; measures: Measure[] }>();
  for (const measure of measures) {
    for (const note of measure.notes) {
      const key = `${note.marker ?? ""}\u0000${note.text}`;
      const entry = qualified.get(key) ?? { marker: note.marker, text: note.text, measures: [] };
      entry.measures.push(measure);
      qualified.set(key, entry);
    }
  }
  let footnotes = 0;
  let notes = 0;
  return [...qualified.values()].map((note) => {
    const objectiveCodes = [...new Set(note.measures.map((measure) => measure.objective))];
    const outcomes = [...new Set(note.measures.map((measure) => measure.outcome))];
    const kind = note.marker === null ? "note" : "footnote";
    const number = kind === "note" ? (notes += 1) : (footnotes += 1);
    const objective = objectiveCodes.length === 1 ? objectiveCodes[0]! : null;
    return {
      id: `${report.id}/${kind}-${number}`,
      report: report.id,
      period: report.periodLabel,
      objective,
      measure: note.measures.length === 1 ? note.measures[0]!.id : null,
      outcome: outcomes.length === 1 ? outcomes[0]! : null,
      kind,
      text: note.text,
      context: [
        objective ? objectiveContext(objective, objectives) : "",
        ...note.measures.map((measure) => measure.name),
      ]
        .join(" ")
        .trim(),
    } satisfies Chunk;
  });
}

function objectiveContext(code: string, objectives: Objective[]): string {
  const objective = objectives.find((candidate) => candidate.code === code);
  return objective ? `${objective.code} ${objective.title}` : code;
}
