import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Answer } from "../../src/answer/answer.js";

/** A question of a question set, in the format of the shared eval (`all` groups of alternatives, `none`, `status`). */
export interface CheckedQuestion {
  readonly id: string;
  readonly cat?: string;
  readonly q: string;
  readonly all?: readonly (readonly string[])[];
  readonly none?: readonly string[];
  readonly status?: "not_found";
  /** A status that passes by itself (a figure the report marks as awaiting data may be refused). */
  readonly pass_if_status?: string;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/\u00a0/g, " ")
    .replace(/(?<=\d),(?=\d{3}\b)/g, "");
}

/** Why an answer fails its checks, or null when it passes — the same rules as the shared scorer. */
export function judgeAnswer(item: CheckedQuestion, answer: Answer): string | null {
  if (item.status === "not_found")
    return answer.status === "not_found" ? null : `expected not_found, got ${answer.status}`;
  if (item.pass_if_status !== undefined && item.pass_if_status === answer.status) return null;
  if (answer.status === "not_found") return "answered not_found";
  const text = normalise(`${answer.answer} ${answer.warnings.join(" ")}`);
  for (const group of item.all ?? [])
    if (!group.some((option) => text.includes(normalise(option)))) return `missing one of ${JSON.stringify(group)}`;
  for (const forbidden of item.none ?? [])
    if (text.includes(normalise(forbidden))) return `contains forbidden ${JSON.stringify(forbidden)}`;
  return null;
}

const figurePattern = /(?<![\w.])£?\d[\d,]*(?:\.\d+)?%?/g;

/** Numbers in a text that state a figure (a decimal, a %, a £, or three digits or more), as the scorer reads them. */
export function statedNumbers(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(figurePattern)) {
    const token = match[0];
    const raw = token.replace(/[£%,]/g, "").replace(/\.$/, "");
    const before = text.slice(Math.max(0, (match.index ?? 0) - 3), match.index ?? 0);
    if (/so-$/i.test(before) || /^(19|20)\d\d$/.test(raw)) continue;
    if (/^\d{1,2}$/.test(raw) && !token.includes("%") && !token.includes("£")) continue;
    found.push(raw);
  }
  return found;
}

/** Every number printed in the report files under a folder, with trailing decimal zeros also dropped. */
export function reportNumbers(reportsDirectory: string): Set<string> {
  const numbers = new Set<string>();
  for (const file of readdirSync(reportsDirectory)) {
    const text = readFileSync(path.join(reportsDirectory, file), "utf8");
    for (const match of text.matchAll(figurePattern)) {
      const raw = match[0].replace(/[£%,]/g, "").replace(/\.$/, "");
      numbers.add(raw);
      if (raw.includes(".")) numbers.add(raw.replace(/0+$/, "").replace(/\.$/, ""));
    }
  }
  return numbers;
}

/** Figures of an answer's text that are neither printed in the reports nor carried by a derived fact. */
export function unsupportedFigures(answer: Answer, printed: ReadonlySet<string>): string[] {
  const derived = new Set(answer.facts.flatMap((fact) => (fact.type === "derived" ? statedNumbers(fact.value) : [])));
  return statedNumbers(answer.answer).filter((figure) => !derived.has(figure) && !printed.has(figure));
}
