import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const run = (args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/search.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, OPENAI_API_KEY: "" },
    timeout: 60_000,
  });

const hitsSchema = z.array(
  z
    .object({
      report: z.string(),
      objective: z.string().nullable(),
      measure: z.string().nullable(),
      kind: z.string(),
      text: z.string(),
      score: z.number(),
    })
    .strict(),
);

describe("npm run search", () => {
  it("prints the hits best first as JSON with --json, limited by --k and --report", () => {
    const result = run(["--json", "--k", "3", "--report", "2025-26-q2", "fixing", "potholes"]);
    expect(result.status).toBe(0);
    const hits = hitsSchema.parse(JSON.parse(result.stdout));
    expect(hits).toHaveLength(3);
    expect(hits.every((hit) => hit.report === "2025-26-q2")).toBe(true);
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a));
    expect(hits.map((hit) => hit.measure)).toContain("2025-26-q2/SO-12/number-of-potholes-repaired");
  });

  it("prints numbered hits with both sides' ranks without --json", () => {
    const result = run(["--k", "2", "staff off sick"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^1\. .*\(score [\d.]+; /);
    expect(result.stdout).toContain("2. ");
  });

  it("fails with the known report ids for an unknown --report", () => {
    const result = run(["--report", "2030-31-q1", "potholes"]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("the reports are 2025-26-q2, 2024-25-year-end");
  });

  it("fails naming the missing query", () => {
    const result = run([]);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain("missing required argument 'query'");
  });
});
