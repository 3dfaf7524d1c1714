import type { DerivedFact } from "../answer.js";
import type { Measure } from "../../report/measure.js";
import { formatLike } from "./format-like.js";

type Printed = Measure["values"][number];

/** A note under the table that says the method changed: figures either side are not directly comparable. */
export const methodChangeNote = /methodology|not directly comparable|not comparable/i;

/** Whether the measure's notes say its method changed. */
export function methodChanged(measure: Pick<Measure, "notes">): boolean {
  return measure.notes.some((note) => methodChangeNote.test(note.text));
}

/**
 * The change from one printed figure to another of the same unit, computed: its size written like the later figure
 * ("318", "£1.2m", "4.1 percentage points"), its direction, and the derived fact that says how it was got. Null
 * when either is not a number or the units differ.
 */
export function printedChange(
  from: Printed,
  to: Printed,
): { difference: number; amount: string; direction: string; fact: DerivedFact } | null {
  if (from.number === null || to.number === null || from.unit !== to.unit) return null;
  const difference = to.number - from.number;
  const amount = formatLike(Math.abs(difference), to.value);
  const direction = difference > 0 ? "an increase" : difference < 0 ? "a decrease" : "no change";
  return {
    difference,
    amount,
    direction,
    fact: {
      type: "derived",
      derived: { op: "difference", from: [from.value, to.value] },
      value: amount.replace(/^£/, "").replace(/ percentage points$/, ""),
      description: `${direction} from ${from.period} to ${to.period}`,
    },
  };
}
