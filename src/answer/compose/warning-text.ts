import type { Warning, WarningSubject } from "../warnings/warning.js";

/** The one place a warning becomes words: what the CLI prints after "⚠" and Slack after ":warning:". */
export function warningText(warning: Warning): string {
  const where = warning.subjects.map(measureAt).join("; ");
  const name = warning.subjects[0]?.shortName ?? "";
  switch (warning.kind) {
    case "footnote":
      return `Footnote (${warning.marker}) to ${where}: ${warning.note}`;
    case "note":
      return `Note under the table for ${where}: ${warning.note}`;
    case "part-year":
      return `${where} covers ${warning.qualifier}, not the whole year.`;
    case "blank-current":
      return `${where} has no figure for ${warning.blankPeriod} (blank in the report: awaiting data); the latest printed figure, ${warning.quoted.value}, is for ${warning.quoted.period}.`;
    case "blank-value":
      return `${where} has no figure for ${warning.period} (blank in the report).`;
    case "malformed-value":
      return `${where} prints "${warning.quoted.value}" for ${warning.quoted.period}, which is not a well-formed figure: quoted as printed.`;
    case "previous-quarter-table":
      return `${where} comes from the table of measures with data updated the previous quarter: the figure is not for the report's own period.`;
    case "awaiting-data-table":
      return `${where} is in the table of measures awaiting data: the current figure is not yet available.`;
    case "unrated":
      return `${name} has a target (${warning.target}) but no printed rating; by the report's key ${warning.value} against ${warning.target} would be ${warning.expected}.`;
    case "recomputed-rating":
      return `${name} is printed as ${warning.printed}, but by the report's own key ${warning.value} against a target of ${warning.target} would be ${warning.expected}.`;
    case "commentary-conflict": {
      const source = warning.commentary ? `the commentary for ${warning.commentary}` : "the report's prose";
      const others =
        warning.otherColumns.length > 0
          ? `; other columns: ${warning.otherColumns.map((column) => `${column.value} (${column.period})`).join(", ")}`
          : "";
      return warning.aboutTarget
        ? `The table and the commentary disagree: ${source} gives a target of ${warning.stated}, while the table's target for ${name} is ${warning.table} (${warning.tablePeriod}). It says: "${warning.sentence}"`
        : `The table and the commentary disagree: ${source} states ${warning.stated}, while the table shows ${warning.table} for ${name} (${warning.tablePeriod})${others}. It says: "${warning.sentence}"`;
    }
    case "quoted-conflict": {
      const subject = warning.subjects[0];
      const at = `${warning.tablePeriod}, ${subject?.reportLabel ?? ""}${subject?.objective ? `, ${subject.objective}` : ""}`;
      return warning.aboutTarget
        ? `The table and the commentary disagree: the quoted passage gives a target of ${warning.stated}, while the table's target for ${subject?.measure ?? ""} is ${warning.table} (${at}).`
        : `The table and the commentary disagree: the quoted passage states ${warning.stated}, while the table shows ${warning.table} for ${subject?.measure ?? ""} (${at}).`;
    }
    case "revised-figure":
      return `${name} for ${warning.period} is ${warning.earlier.value} in the ${warning.earlier.reportLabel} and ${warning.later.value} in the ${warning.later.reportLabel}: the figure was revised.`;
    case "stated-count":
      return `The ${warning.reportLabel}'s own summary says ${warning.stated} objectives are ${warning.rating}, but its tables rate ${warning.rated} as ${warning.rating}: "${warning.sentence}"`;
  }
}

/** "Potholes repaired (Q2 2025-26 report, SO-12)". */
function measureAt(subject: WarningSubject): string {
  return `${subject.shortName} (${subject.reportLabel}, ${subject.objective})`;
}

/**
 * The warnings an answer shows, each once (two figures of one measure give the same warning), and a footnote or note
 * that several measures share as one warning naming them all: "Footnote (c) to A; B: text".
 */
export function mergeWarnings(warnings: readonly Warning[]): Warning[] {
  const merged: Warning[] = [];
  const seen = new Set<string>();
  for (const warning of warnings) {
    const text = warningText(warning);
    if (seen.has(text)) continue;
    seen.add(text);
    const shared =
      warning.kind === "footnote" || warning.kind === "note"
        ? merged.findIndex((entry) => sameNote(entry, warning))
        : -1;
    const into = merged[shared];
    if (into) merged[shared] = { ...into, subjects: [...into.subjects, ...warning.subjects] };
    else merged.push(warning);
  }
  return merged;
}

function sameNote(left: Warning, right: Warning): boolean {
  if (left.kind === "footnote" && right.kind === "footnote")
    return left.marker === right.marker && left.note === right.note;
  if (left.kind === "note" && right.kind === "note") return left.note === right.note;
  return false;
}
