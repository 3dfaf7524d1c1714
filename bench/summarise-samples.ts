/** Percentiles of a set of samples (timings in milliseconds, token counts). */
export type SampleSummary = {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  readonly mean: number;
};

/**
 * p50, p95 (nearest rank: the smallest value at or above that share of the samples), max and mean, rounded to
 * 0.01. Zero everywhere for no samples, so an empty set shows as such rather than throwing.
 */
export function summariseSamples(samples: readonly number[]): SampleSummary {
  if (samples.length === 0) return { count: 0, p50: 0, p95: 0, max: 0, mean: 0 };
  const sorted = [...samples].sort((left, right) => left - right);
  const rank = (share: number) => sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)]!;
  const round = (value: number) => Math.round(value * 100) / 100;
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    count: sorted.length,
    p50: round(rank(0.5)),
    p95: round(rank(0.95)),
    max: round(sorted.at(-1)!),
    mean: round(total / sorted.length),
  };
}
