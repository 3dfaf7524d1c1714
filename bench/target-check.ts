import type { TargetCheck } from "./bench-results.js";

/** One target: met when the measured value is at most the limit; "not measured" (met null) when there is none. */
export function targetCheck(name: string, limit: number, measured: number | null, unit: string): TargetCheck {
  return {
    name,
    limit: `≤ ${limit.toLocaleString("en-GB")} ${unit}`,
    measured: measured === null ? "not measured" : `${round(measured).toLocaleString("en-GB")} ${unit}`,
    met: measured === null ? null : measured <= limit,
  };
}

function round(value: number): number {
  return value >= 100 ? Math.round(value) : Math.round(value * 10) / 10;
}
