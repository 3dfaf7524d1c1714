import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Converts the offline word vectors once per run (a few seconds on a clean clone, then a no-op).
    globalSetup: ["tests/setup/prepare-word-vectors.ts"],
  },
});
