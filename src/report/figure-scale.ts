/** What a figure's suffix multiplies it by: "£1.85m", "12k", "£1.2bn", "3 million". */
export const figureScales: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  million: 1e6,
  bn: 1e9,
  billion: 1e9,
};

/** The multiplier of a suffix (any case); 1 for none or an unknown one. */
export function figureScale(suffix: string | undefined): number {
  return suffix === undefined ? 1 : (figureScales[suffix.toLowerCase()] ?? 1);
}
