import { figureScale } from "../../report/figure-scale.js";
import type { Fact } from "../answer.js";

export type DraftFigureCheck = {
  readonly supported: boolean;
  /** Figures of the draft found nowhere in the evidence, as the draft writes them, each once. */
  readonly unsupported: string[];
};

/** A figure read from text: its value with any "m"/"k"/"bn" scale applied, and whether it is a percentage. */
type Figure = { readonly text: string; readonly value: number; readonly percent: boolean };

const month =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)";

/**
 * Numbers that name things rather than state figures: SO codes, financial years ("2024-25", "2023- 24", "2025/26"),
 * quarters ("Q2", "Quarter 2"), days of a month ("9 July", "Mar-25"), ordinals ("1st") and list markers ("1. ").
 * They are blanked out on both sides before figures are read.
 */
const namingPatterns = [
  /\bSO\s?-\s?\d{1,2}\b/gi,
  /\b(?:19|20)\d{2}\s?[-–/]\s?\d{2}(?:\d{2})?\b/g,
  /\b(?:Q|Quarter\s?)[1-4]\b/gi,
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${month}\\b`, "g"),
  new RegExp(`\\b${month}[\\s-]\\d{1,2}(?:st|nd|rd|th)?\\b`, "g"),
  /\b\d+(?:st|nd|rd|th)\b/gi,
  /^\s*\d{1,2}[.)]\s/gm,
];

// A figure is a whole token: not part of a word or code ("D2N2", "HIN2"), not half of a decimal or a thousands group.
const figurePattern =
  /(?<![\w.,£])(£\s?)?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:\s?(%|per\s?cent\b|percentage points?\b|pp\b|bn\b|billion\b|m\b|million\b|k\b|thousand\b))?(?![\w%]|[.,]\d)/gi;

/**
 * Check that every figure in an LLM draft appears in the evidence it was given: a measure fact's printed value,
 * target, benchmark or labels, an objective fact, a derived fact, or a passage's text.
 *
 * Figures compare by value, so thousands separators, trailing zeros and scale words do not matter
 * ("22.0%" = "22%", "£39m" = "£39 million" = "£39,000,000"), but a rounded figure ("£15.8m" for "£15,760,500") does not
 * match, and a percentage matches only a percentage. "£" and a bare number match each other, because prose drops the sign.
 * Not checked: numbers that name things (see `namingPatterns`), bare years 1900–2099, numbers written in words,
 * and a leading minus sign. Small counts are checked like any other figure.
 */
export function checkDraftFigures(
  draft: string,
  evidence: { facts: readonly Fact[]; passages: readonly { readonly text: string }[] },
): DraftFigureCheck {
  const known = [
    ...evidence.facts.flatMap(factTexts).flatMap(readFigures),
    // A computed difference is passed as a bare number ("5.2") that the prose may give in percentage points.
    ...evidence.facts.flatMap((fact) =>
      fact.type === "derived"
        ? readFigures(fact.value)
            .filter((figure) => !figure.percent)
            .map((figure) => ({ ...figure, percent: true }))
        : [],
    ),
    ...evidence.passages.flatMap((passage) => readFigures(passage.text)),
  ];
  const unsupported = new Set<string>();
  for (const figure of readFigures(draft)) {
    if (!known.some((candidate) => sameFigure(candidate, figure))) unsupported.add(figure.text);
  }
  return { supported: unsupported.size === 0, unsupported: [...unsupported] };
}

function factTexts(fact: Fact): (string | null)[] {
  switch (fact.type) {
    case "measure":
      return [
        fact.value,
        fact.target,
        fact.targetPeriod,
        fact.benchmark,
        fact.benchmarkGroup,
        fact.period,
        fact.measure,
        fact.reportTitle,
      ];
    case "objective":
      return [fact.title, fact.expectedCompletion, fact.reportTitle];
    case "derived":
      return [fact.value, fact.description];
  }
}

function readFigures(text: string | null): Figure[] {
  if (!text) return [];
  const masked = namingPatterns.reduce(
    (current, pattern) => current.replace(pattern, (match) => " ".repeat(match.length)),
    text,
  );
  const figures: Figure[] = [];
  for (const match of masked.matchAll(figurePattern)) {
    const [whole, pounds, digits = "", fraction = "", unit = ""] = match;
    const suffix = unit.toLowerCase().replace(/\s+/g, " ");
    const percent = suffix === "%" || suffix.startsWith("per") || suffix === "pp";
    if (!pounds && !fraction && !suffix && /^(19|20)\d{2}$/.test(digits)) continue;
    const value = Number(digits.replace(/,/g, "") + fraction) * figureScale(suffix);
    figures.push({ text: whole.trim(), value, percent });
  }
  return figures;
}

function sameFigure(left: Figure, right: Figure): boolean {
  // Scaling by 1e6 leaves float noise (1.85 * 1e6), hence a relative tolerance rather than ===.
  return (
    left.percent === right.percent && Math.abs(left.value - right.value) <= 1e-9 * Math.max(1, Math.abs(left.value))
  );
}
