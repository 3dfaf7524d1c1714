import type { Answer, Fact, Source, WarningDetail } from "../answer.js";
import { asksAboutTarget } from "./asks-about-target.js";
import type { ReadQuestion } from "../read/read-question.js";
import { targetLines } from "./target-lines.js";

/** A part of a question with the answer it got. */
export interface PartAnswer {
  readonly part: string;
  readonly answer: Answer;
}

/**
 * One answer from the answers to a question's parts: each part's text once (a part that repeats another's answer,
 * as "are we hitting it" repeats the figure, adds only what it asks), target lines for a part about targets, a
 * "not in the reports" line for a part nothing answers, and the facts, sources and warnings of all.
 */
export function combineAnswers(reading: ReadQuestion, parts: readonly PartAnswer[]): Answer {
  const answered = parts.filter((entry) => entry.answer.status === "answered");
  const unanswered = parts.filter((entry) => entry.answer.status !== "answered");
  const first = parts[0];
  if (!first) throw new Error("combineAnswers needs at least one part");
  if (answered.length === 0)
    return { ...first.answer, question: reading.asked, answer: withReading(first.answer.answer, reading) };
  const texts: string[] = [];
  const facts: Fact[] = [];
  const sources: Source[] = [];
  const warningDetails: WarningDetail[] = [];
  const restated: Answer["restated"] = { figures: [], quotes: [] };
  // Facts and sources already kept, as JSON: a list of hundreds compares in one look-up each, not one per pair.
  const knownFacts = new Set<string>();
  const knownSources = new Set<string>();
  for (const { part, answer } of parts) {
    if (answer.status !== "answered") {
      texts.push(`Not in the reports: ${part.replace(/[?.!]+$/, "")}.`);
      continue;
    }
    // A part whose facts all came with an earlier part ("are we hitting it" after "what's the target") repeats it.
    const repeats = answer.facts.length > 0 && answer.facts.every((fact) => knownFacts.has(JSON.stringify(fact)));
    if (!repeats && !texts.includes(answer.answer)) texts.push(answer.answer);
    if (asksAboutTarget(part)) {
      for (const line of targetLines(answer.facts)) if (!texts.includes(line)) texts.push(line);
    }
    restated.figures.push(...answer.restated.figures);
    restated.quotes.push(...answer.restated.quotes);
    for (const fact of answer.facts) {
      const key = JSON.stringify(fact);
      if (knownFacts.has(key)) continue;
      knownFacts.add(key);
      facts.push(fact);
    }
    for (const source of answer.sources) {
      const key = JSON.stringify(source);
      if (knownSources.has(key)) continue;
      knownSources.add(key);
      sources.push(source);
    }
    for (const detail of answer.warningDetails)
      if (!warningDetails.some((known) => known.text === detail.text)) warningDetails.push(detail);
  }
  const last = answered.at(-1) ?? first;
  const timings: Record<string, number> = {};
  for (const { answer } of parts)
    for (const [stage, milliseconds] of Object.entries(answer.timings))
      timings[stage] = round((timings[stage] ?? 0) + milliseconds);
  return {
    question: reading.asked,
    status: "answered",
    answer: withReading(texts.join("\n\n"), reading),
    restated,
    facts,
    sources,
    warnings: warningDetails.map((detail) => detail.text),
    warningDetails,
    // The parts not in the reports keep their nearest measures, to ask about instead.
    choices: unanswered
      .flatMap(({ answer }) => answer.choices)
      .filter((choice, index, all) => all.findIndex((other) => other.question === choice.question) === index)
      .slice(0, 5),
    plan: last.answer.plan,
    timings,
  };
}

/** Says which words were read as others, so a wrong guess is seen at once. */
function withReading(text: string, reading: ReadQuestion): string {
  if (reading.corrections.length === 0) return text;
  const read = reading.corrections.map((correction) => `"${correction.from}" as "${correction.to}"`).join(", ");
  return `(Reading ${read}.)\n${text}`;
}

function round(milliseconds: number): number {
  return Math.round(milliseconds * 100) / 100;
}
