/**
 * Colours safe for colour-blind readers (Okabe and Ito's palette), matched to the answer's rating emoji:
 * blue ✅ complete, yellow ⭐ strong, green 🟢 good, orange 🟠 review, vermilion 🔴 action, grey ⚪ not rated.
 */
export const ratingColours: Readonly<Record<string, string>> = {
  Complete: "#0072B2",
  Strong: "#F0E442",
  Good: "#009E73",
  Review: "#E69F00",
  Action: "#D55E00",
  "Not rated": "#BBBBBB",
};

/** Lines of a series chart, in turn (the same palette). */
export const seriesColours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7"] as const;

/** Targets and benchmarks: dark grey and reddish purple, dashed. */
export const targetColour = "#444444";
export const benchmarkColour = "#CC79A7";
export const revisedColour = "#D55E00";
