/** The code of objective number `number` as the reports print it: 7 → "SO-07". */
export function objectiveCode(number: string | number): string {
  return `SO-${String(number).padStart(2, "0")}`;
}

/**
 * Reads the objective a code cell names, as "SO-nn" or "Overarching Measure"; null when it names neither.
 * Tolerates the ways one report family prints a code: "SO-7", "SO 07", "so-07", "SO–07", and an outcome number
 * before it ("1 SO-03", "1.SO-03", "Outcome 1 - SO-03", "O1 SO-03").
 */
export function parseObjectiveCode(cell: string): string | null {
  const text = cell.normalize("NFKC").replace(/\s+/g, " ").trim();
  if (/^overarching(?: measures?)?$/i.test(text)) return "Overarching Measure";
  const code = /^(?:(?:outcome ?|o)?\d{1,2} ?[.:\-–—/)]? ?)?S ?O ?[-–—_.:]? ?(\d{1,2})$/i.exec(text);
  return code ? objectiveCode(code[1] ?? "") : null;
}
