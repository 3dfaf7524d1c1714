import { createRequire } from "node:module";

// The Porter2 stemmer that ships inside wink-eng-lite-web-model (a dependency already), loaded without the model.
const porterStem = createRequire(import.meta.url)("wink-eng-lite-web-model/dist/porter-stemmer.js") as (
  word: string,
) => string;

// The same words are stemmed again and again (every chunk at load, every corpus word against each question word):
// each stem is computed once. Bounded, so a long-running bot's stream of new question words cannot grow it forever.
const stems = new Map<string, string>();
const mostStems = 200_000;

/** The Porter2 stem of a lower-case word ("repairs", "repaired", "repairing" → "repair"), so both retrievers match inflections. */
export function stemWord(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = porterStem(word);
    if (stems.size >= mostStems) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}
