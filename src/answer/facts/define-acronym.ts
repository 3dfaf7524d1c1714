import type { Found, NotFound } from "./findings.js";
import type { ExecutionContext } from "../passages/execution-context.js";
import type { PlannedQuestion } from "../plan/planned-question.js";
import { spelledOut } from "./spelled-out.js";
import { reportCatalogue } from "../../report/report-catalogue.js";

/**
 * "What does DDF stand for?": the reports' own spelling-out of the acronym (newest report first), quoted with its
 * source; else the glossary's meaning, said to be the bot's, with a sentence that uses it; else not found.
 */
export function defineAcronym(
  definition: NonNullable<PlannedQuestion["definition"]>,
  context: ExecutionContext,
): Found | NotFound {
  const { acronym } = definition;
  const { byId, positions: order } = reportCatalogue(context.reports);
  const sentences = context.corpus.passages
    .slice()
    .sort((left, right) => (order.get(left.chunk.report) ?? 0) - (order.get(right.chunk.report) ?? 0))
    .flatMap((passage) => passage.sentences.map((sentence) => ({ chunk: passage.chunk, text: sentence.text })));
  for (const sentence of sentences) {
    const meaning = spelledOut(sentence.text, acronym);
    const report = byId.get(sentence.chunk.report);
    if (meaning && report) {
      return {
        kind: "found",
        report,
        figures: [],
        trend: false,
        objectives: [],
        quotes: [{ report, objective: sentence.chunk.objective, text: sentence.text }],
        remarks: [],
        lead: [`${acronym} stands for ${meaning}.`],
      };
    }
  }
  const using = sentences.find((sentence) =>
    new RegExp(`\\b${acronym.replace(/[^A-Za-z0-9]/g, "")}\\b`).test(sentence.text),
  );
  const report = using ? byId.get(using.chunk.report) : undefined;
  if (definition.glossary && using && report) {
    return {
      kind: "found",
      report,
      figures: [],
      trend: false,
      objectives: [],
      quotes: [{ report, objective: using.chunk.objective, text: using.text }],
      remarks: [],
      lead: [
        `${acronym} means ${definition.glossary} (from the bot's glossary: the reports use ${acronym} without spelling it out).`,
      ],
    };
  }
  return { kind: "not_found", reason: `The reports do not use or spell out ${acronym}.`, closest: [], choices: [] };
}
