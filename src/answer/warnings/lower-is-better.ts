/**
 * Words in a measure's name that mean a smaller figure is the better one: absence, waste to landfill, backlogs,
 * gaps, exclusions, casualties, roads needing repair.
 */
const lowerIsBetterPattern =
  /\b(sickness|absence|landfill|in progress|backlog|gap|exclusions?|suspensions?|killed|seriously injured|casualt|vacanc|waiting|delayed|overdue|maintenance should be considered|complaints|agency)\b/i;

/** Whether a measure is one where a lower figure is better, read from its name. */
export function lowerIsBetter(measureName: string): boolean {
  return lowerIsBetterPattern.test(measureName);
}
