import type { Answer } from "../answer.js";
import type { Warning } from "../warnings/warning.js";
import { mergeWarnings, warningText } from "./warning-text.js";

/** An answer's warnings, each once (shared footnotes merged): as text, and as data with that text. */
export function answerWarnings(warnings: readonly Warning[]): Pick<Answer, "warnings" | "warningDetails"> {
  const details = mergeWarnings(warnings).map((warning) => ({ ...warning, text: warningText(warning) }));
  return { warnings: details.map((detail) => detail.text), warningDetails: details };
}
