import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createEngine, type Engine } from "../../src/engine/create-engine.js";
import type { OpenAiConfig } from "../../src/engine/openai-config.js";

/**
 * The real engine over the project's two reports, with its store and vector index in a fresh temporary folder
 * (so test files running side by side never share a database); the converted word vectors are the project's.
 */
export async function loadTestEngine(openAi: OpenAiConfig | null = null): Promise<{ engine: Engine; dispose(): void }> {
  const folder = mkdtempSync(path.join(tmpdir(), "engine-test-"));
  const engine = await createEngine({
    databasePath: path.join(folder, "records.sqlite"),
    indexDirectory: path.join(folder, "index"),
    openAi,
  });
  return {
    engine,
    dispose() {
      engine.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
