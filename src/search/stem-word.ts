import { createRequire } from "node:module";

// The Porter2 stemmer that ships inside wink-eng-lite-web-model (a dependency already), loaded without the model.
const porterStem = createRequire(import.meta.url)("wink-eng-lite-web-model/dist/porter-stemmer.js") as (word: string) => string;

/** The Porter2 stem of a lower-case word ("repairs", "repaired", "repairing" → "repair"), so both retrievers match inflections. */
export function stemWord(word: string): string {
  return porterStem(word);
}
