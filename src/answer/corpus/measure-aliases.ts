import type { Measure } from "../../report/measure.js";
import type { Chunk } from "../../search/chunk.js";
import { type StatedFigure, statedFigures } from "./stated-figures.js";

/**
 * The prose clauses that state a measure's own printed figure, by measure id: "This year to date 2,529 people have
 * used the home-based enablement service" names, in the commentary's words, the measure printed as 2,529. Only a
 * telling figure links (a count of 100 or more, a percentage with decimals, a sum of money) and only one that no
 * other measure of the report prints, in prose of the same report.
 */
export function measureAliases(
  measures: readonly Measure[],
  passages: readonly { readonly chunk: Chunk; readonly sentences: readonly { readonly text: string }[] }[],
): Map<string, string[]> {
  const keyOf = (report: string, figure: StatedFigure) => `${report}|${figure.unit}|${figure.number}`;
  const printedBy = new Map<string, Set<string>>();
  const figuresOf = new Map<string, string[]>();
  for (const measure of measures) {
    const keys = measure.values
      .flatMap((value) => statedFigures(value.value))
      .filter(telling)
      .map((figure) => keyOf(measure.report, figure));
    figuresOf.set(measure.id, keys);
    for (const key of keys) {
      const owners = printedBy.get(key) ?? new Set<string>();
      owners.add(measure.seriesKey);
      printedBy.set(key, owners);
    }
  }
  const owner = new Map<string, string>();
  for (const measure of measures)
    for (const key of figuresOf.get(measure.id) ?? []) if (printedBy.get(key)?.size === 1) owner.set(key, measure.id);
  const aliases = new Map<string, string[]>();
  for (const passage of passages)
    for (const sentence of passage.sentences)
      for (const figure of statedFigures(sentence.text)) {
        const id = owner.get(keyOf(passage.chunk.report, figure));
        if (!id || figure.asTarget) continue;
        const list = aliases.get(id) ?? [];
        if (!list.includes(figure.clause)) list.push(figure.clause);
        aliases.set(id, list);
      }
  return aliases;
}

function telling(figure: StatedFigure): boolean {
  if (figure.unit === "percent") return figure.precision < 1;
  if (figure.unit === "pounds") return true;
  return figure.number >= 100;
}
