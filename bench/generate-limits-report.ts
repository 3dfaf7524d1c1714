import { createRandom } from "./create-random.js";
import type { ReportText } from "./generate-synthetic-reports.js";

/** The size of the report to write: its records, and the words of prose that fill them. */
export type LimitsReportOptions = {
  /** Objective codes are printed SO-01…SO-99, so a report holds 99 at most, whatever INGEST_MAX_OBJECTIVES allows. */
  readonly objectives: number;
  readonly measures: number;
  readonly notesPerMeasure: number;
  /** Words of commentary per objective. */
  readonly commentaryWords: number;
  /** Text whose words the prose is drawn from (the seed reports), so the embedder knows them. */
  readonly vocabularyText: string;
  readonly seed: number;
};

/** A report written to the ingest limits, and one question about one of its measures. */
export type LimitsReport = ReportText & { readonly question: string };

const outcomes = [
  ["People", "Empowered communities where people live safe, happy, healthy and independent lives"],
  ["Place", "Prosperous, green and sustainable places with opportunities for all"],
  ["The Council", "A resident focused, efficient and effective organisation delivering value for money"],
] as const;
const measureHeader = [
  "No.",
  "Measure",
  "Quarter 2 2029-30 YTD",
  "Quarter 1 2030-31 YTD",
  "Quarter 2 2030-31 YTD",
  "Performance Target at Q2",
  "Latest Performance against target",
  "Latest Benchmark",
  "Benchmark Group",
].join("\t");
const objectiveHeader = "No.\tStrategic Objective\tExpected Completion\tProgress\tComments";

/**
 * Writes one report in the shape the real ones take (contents, introduction, stated counts, each outcome's objectives
 * table, then its measure tables), as large as the options say: every measure in a table of its own with its notes
 * as footnotes under it (markers ^(1)…^(n) on its latest figure), so each note is a distinct note of one measure.
 * Every name, title, commentary and note is its own run of words. Pure: the same options give the same report.
 */
export function generateLimitsReport(options: LimitsReportOptions): LimitsReport {
  if (options.objectives > 99) throw new Error("generateLimitsReport: objective codes run SO-01 to SO-99");
  const random = createRandom(options.seed);
  const vocabulary = [...new Set(options.vocabularyText.toLowerCase().match(/\b[a-z]{4,}\b/g) ?? [])].sort();
  const words = (count: number) =>
    Array.from({ length: count }, () => vocabulary[Math.floor(random() * vocabulary.length)] ?? "service").join(" ");
  const sentence = (count: number) => {
    const text = words(count);
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  const code = (number: number) => `SO-${String(number).padStart(2, "0")}`;
  const outcomeOf = (objective: number) =>
    Math.min(outcomes.length - 1, Math.floor(((objective - 1) * outcomes.length) / options.objectives));
  const figure = () => Math.round(100 + random() * 99_900).toLocaleString("en-GB");

  const lines: string[] = ["Performance Report Quarter 2 2030 to 2031", "", "Contents", "", "\tPage"];
  outcomes.forEach(([name, description], index) =>
    lines.push(`Outcome ${index + 1} - ${name}: ${description}\t${8 + index * 10}`),
  );
  lines.push("", "Introduction", "", sentence(40), "", "Achievements", "", sentence(20), "");
  lines.push(
    `As at Quarter 2, of the ${options.objectives} Strategic Objectives in the Council Plan 2030-34, ${options.objectives} show good progress, 0 require review and 0 require action.`,
    "",
  );
  const measureObjectives = Array.from(
    { length: options.measures },
    (_unused, index) => (index % options.objectives) + 1,
  );
  let question = "";
  outcomes.forEach(([name, description], outcome) => {
    lines.push(`${name}: ${description}`, "", objectiveHeader);
    for (let objective = 1; objective <= options.objectives; objective += 1) {
      if (outcomeOf(objective) !== outcome) continue;
      const commentary = Array.from({ length: Math.ceil(options.commentaryWords / 20) }, () => sentence(20)).join(" ");
      lines.push(`${code(objective)}\t${sentence(14).slice(0, -1)}\tMar 2031\tGood\t${commentary}`);
    }
    lines.push("");
    measureObjectives.forEach((objective, index) => {
      if (outcomeOf(objective) !== outcome) return;
      const measureName = `Number of ${words(4)} in area ${index + 1}`;
      if (index === Math.floor(options.measures / 2)) question = `What is the ${measureName}?`;
      const markers = Array.from({ length: options.notesPerMeasure }, (_unused, note) => `^(${note + 1})`).join("");
      lines.push(`${name}: Latest Measure Data`, "", measureHeader);
      lines.push(
        [
          code(objective),
          measureName,
          figure(),
          figure(),
          `${figure()} ${markers}`.trim(),
          figure(),
          "Good",
          "",
          "Local Measure",
        ].join("\t"),
        "",
      );
      for (let note = 1; note <= options.notesPerMeasure; note += 1)
        lines.push(`^(${note}) ${sentence(16)} This is note ${note} of measure ${index + 1}.`, "");
    });
  });
  return { file: "performance-report-2030-31-q2.txt", text: lines.join("\n").trimEnd(), question };
}
