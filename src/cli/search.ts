import { Command, InvalidArgumentError, Option } from "commander";
import { z } from "zod";
import { createEngine } from "../engine/create-engine.js";
import { openAiConfig } from "../engine/openai-config.js";
import { chunkKindSchema, type ChunkKind } from "../search/chunk.js";
import type { Hit } from "../search/hit.js";
import { searchHybrid } from "../search/search-hybrid.js";
import { searchLexical } from "../search/search-lexical.js";
import { searchVector } from "../search/search-vector.js";
import { loadEnvironment } from "./load-environment.js";

/** One line of `--json` output. */
const jsonHitSchema = z.object({
  report: z.string(),
  objective: z.string().nullable(),
  measure: z.string().nullable(),
  kind: chunkKindSchema,
  text: z.string(),
  score: z.number(),
});

const searches = { hybrid: searchHybrid, vector: searchVector, lexical: searchLexical } as const;

const program = new Command()
  .name("npm run search --")
  .description(
    "Search the performance reports' chunks (commentary, measures, objectives, achievements, notes) with hybrid " +
      "BM25 + vector search, best first. Builds the records store and the search index on first run (progress on stderr).",
  )
  .argument("<query...>", "what to look for, in any words")
  .option("--json", "print an array of {report, objective, measure, kind, text, score}, best first")
  .option("--k <number>", "how many hits", (value) => positiveInteger(value), 5)
  .option("--report <id>", "only this report, e.g. 2025-26-q2 or 2024-25-year-end")
  .option("--objective <code>", "only this objective code, e.g. SO-12")
  .addOption(new Option("--kind <kinds...>", "only these chunk kinds").choices(chunkKindSchema.options))
  .addOption(
    new Option("--mode <mode>", "which ranking: the fused one or one side alone")
      .choices(Object.keys(searches))
      .default("hybrid"),
  )
  .addHelpText(
    "after",
    "\nScores: hybrid = weighted reciprocal rank fusion; vector = cosine similarity; lexical = BM25.\n" +
      'Examples:\n  npm run search -- "fixing potholes"\n  npm run search -- --json --k 3 --report 2024-25-year-end "kids in care"',
  );

program.parse();
const options = program.opts<{
  json?: boolean;
  k: number;
  report?: string;
  objective?: string;
  kind?: ChunkKind[];
  mode: keyof typeof searches;
}>();
const query = program.args.join(" ").trim();

loadEnvironment();
const engine = await createEngine({ log: (line) => process.stderr.write(`${line}\n`), openAi: openAiConfig() });
try {
  if (options.report && !engine.reports.some((report) => report.id === options.report)) {
    throw new Error(
      `no report ${options.report}: the reports are ${engine.reports.map((report) => report.id).join(", ")}`,
    );
  }
  const hits = await searches[options.mode](engine.search, query, {
    k: options.k,
    report: options.report,
    objective: options.objective,
    kinds: options.kind,
  });
  if (options.json) {
    const rows = hits.map(({ chunk, score }) =>
      jsonHitSchema.parse({
        report: chunk.report,
        objective: chunk.objective,
        measure: chunk.measure,
        kind: chunk.kind,
        text: chunk.text,
        score,
      }),
    );
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
  } else {
    process.stdout.write(
      hits.length === 0 ? `Nothing found for "${query}".\n` : `${hits.map(formatHit).join("\n\n")}\n`,
    );
  }
} catch (error) {
  process.stderr.write(`search: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  engine.close();
}

function formatHit(hit: Hit, position: number): string {
  const { chunk } = hit;
  const where = [chunk.period, chunk.objective, chunk.kind].filter(Boolean).join(" · ");
  const sides = [
    hit.vector ? `vector #${hit.vector.rank} ${hit.vector.similarity.toFixed(3)}` : null,
    hit.lexical ? `BM25 #${hit.lexical.rank} ${hit.lexical.score.toFixed(2)}` : null,
  ];
  const text = chunk.text.length > 300 ? `${chunk.text.slice(0, 297)}…` : chunk.text;
  return `${position + 1}. ${where}  (score ${hit.score.toFixed(4)}; ${sides.filter(Boolean).join(", ")})\n   ${text.replace(/\n+/g, " ")}`;
}

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0) throw new InvalidArgumentError("expected a whole number above 0");
  return number;
}
