import { wordVectorDirectory } from "../../src/search/create-embeddings.js";
import { prepareWordVectors } from "../../src/search/prepare-word-vectors.js";

/** Vitest global setup: converts the word vectors once per `vitest run` (a no-op when data/generated has them). */
export default async function setup(): Promise<void> {
  await prepareWordVectors({ directory: wordVectorDirectory("data"), log: (line) => console.log(line) });
}
