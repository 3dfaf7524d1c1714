import type { BenchResults } from "./bench-results.js";
import type { LimitsMeasurement } from "./measure-limits-report.js";
import type { SampleSummary } from "./summarise-samples.js";

/** The bench results as the plain-text tables `npm run bench` prints. */
export function formatResultsTable(results: BenchResults): string {
  const { machine, build, coldStart, warm, prompts } = results;
  const lines: string[] = [];
  const section = (title: string) => lines.push("", title);
  const kilobytes = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString("en-GB")} KB`;
  const sets = results.questionSets
    .filter((set) => set.name !== "retrieval")
    .map((set) => `${set.name} ${set.questions ?? `skipped: ${set.skipped}`}`)
    .join(", ");

  lines.push(`Benchmark ${results.generatedAt} (offline; ${results.totalSeconds} s)`);
  lines.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGigabytes} GB, Node ${machine.node}, ${machine.platform}`,
  );
  lines.push(
    `Load average (1 min) at start ${machine.loadAverage.start}, at end ${machine.loadAverage.end}: other processes on the machine inflate every timing`,
  );

  section("Build, the 2 real reports (fresh store and index)");
  lines.push(
    ...align([
      [
        "ingest",
        milliseconds(build.ingestMilliseconds),
        `${build.reports} reports, ${build.objectives} objectives, ${build.measures} measures, ${build.warnings} warnings`,
      ],
      [
        "word-vector load",
        milliseconds(build.wordVectorLoadMilliseconds),
        "converted vectors read from data/generated/word-vectors",
      ],
      ["index build", milliseconds(build.indexMilliseconds), `${build.chunks} chunks: embed, HNSW, BM25, save`],
      [
        "word-vector conversion",
        results.wordVectors.milliseconds === null ? "—" : milliseconds(results.wordVectors.milliseconds),
        results.wordVectors.status +
          (results.wordVectors.recordedAt ? ` (${results.wordVectors.recordedAt})` : "") +
          ", one time",
      ],
      [
        "on disk",
        kilobytes(build.databaseBytes + build.indexBytes),
        `store ${kilobytes(build.databaseBytes)}, vector index ${kilobytes(build.indexBytes)}`,
      ],
    ]).map(indent),
  );

  section(`Cold start: ${coldStart.command}`);
  lines.push(
    ...align([
      [
        "first answer printed",
        milliseconds(coldStart.medianFirstOutputMilliseconds),
        `median of ${coldStart.runs} runs; exit ${milliseconds(coldStart.medianExitMilliseconds)}`,
      ],
      [
        "via npm run -s ask",
        coldStart.npmMedianFirstOutputMilliseconds === null
          ? "—"
          : milliseconds(coldStart.npmMedianFirstOutputMilliseconds),
        "median",
      ],
      ["  Node + tsx + imports", milliseconds(coldStart.breakdown.importMilliseconds), "inside one process"],
      [
        "  createEngine",
        milliseconds(coldStart.breakdown.engineMilliseconds),
        "store, word vectors, index from disk, corpus, conflicts",
      ],
      ["  first question", milliseconds(coldStart.breakdown.firstAnswerMilliseconds), "before any warm-up"],
    ]).map(indent),
  );
  if (coldStart.warmUpNote) lines.push(indent(`first, unmeasured run: ${coldStart.warmUpNote}`));

  section(`Warm latency per question (ms): ${warm.questions} questions (${sets}) × ${warm.passes} passes`);
  lines.push(
    ...align([
      ["stage", "p50", "p95", "max", "mean"],
      ...(["plan", "retrieve", "compose"] as const).map((stage) => [stage, ...summaryCells(warm.latency[stage])]),
      ["total (wall)", ...summaryCells(warm.latency.wall)],
      [`search alone (${warm.search.count / warm.passes} queries)`, ...summaryCells(warm.search)],
    ]).map(indent),
  );
  lines.push(
    indent(
      `answers: ${Object.entries(warm.statuses)
        .map(([status, count]) => `${count} ${status}`)
        .join(", ")}; slowest: ${warm.slowest.map((entry) => `${entry.id} ${entry.milliseconds} ms`).join(", ")}`,
    ),
  );

  const { charts } = results;
  section(`Charts: ${charts.charts} of ${charts.questions} answers draw one (Vega-Lite → SVG → PNG at 2×)`);
  lines.push(
    ...align([
      ["first chart", milliseconds(charts.firstMilliseconds), `font and modules loaded: "${charts.firstTitle}"`],
      [
        "warm",
        `p50 ${milliseconds(charts.warm.p50)}, p95 ${milliseconds(charts.warm.p95)}, max ${milliseconds(charts.warm.max)}`,
        `${charts.warm.count} drawn; PNG ${kilobytes(charts.pngBytes.min)}–${kilobytes(charts.pngBytes.max)}`,
      ],
      [
        "no chart",
        `p95 ${charts.chooseNone.p95.toFixed(2)} ms`,
        `deciding none, ${charts.chooseNone.count} answers; chart modules loaded before the first chart: ${charts.rendererModulesBeforeFirstChart}`,
      ],
    ]).map(indent),
  );

  section("Memory");
  lines.push(
    indent(
      `peak RSS ${Math.round(results.peakRssMegabytes)} MB (a process that loads the engine and answers every question, tokenizer not loaded)`,
    ),
  );

  if (prompts) {
    section(`LLM mode, no API called: input tokens (${prompts.encoding}, chat model ${prompts.chatModel})`);
    lines.push(
      ...align([
        ["", "median", "max", ""],
        ["per question", count(prompts.perQuestion.median), count(prompts.perQuestion.max), "all its requests"],
        [
          "planning request",
          count(prompts.plan.median),
          count(prompts.plan.max),
          `every question; ${count(prompts.plan.schemaTokens)} of it the JSON schema`,
        ],
        ["drafting request", count(prompts.draft.median), count(prompts.draft.max), `${prompts.draft.count} questions`],
        [
          "all report texts",
          count(prompts.allReportsTokens),
          "",
          `stuffing them: ${prompts.reportTokens.map((report) => `${report.file} ${count(report.tokens)}`).join(", ")}`,
        ],
      ]).map(indent),
    );
    lines.push(
      indent(
        `requests per question: ${Object.entries(prompts.callsPerQuestion)
          .map(([calls, questions]) => `${calls} for ${questions} questions`)
          .join(", ")}`,
      ),
    );
    lines.push(
      indent(
        `by intent: ${Object.entries(prompts.callsByIntent)
          .map(([intent, calls]) => `${intent} ${calls}`)
          .join("; ")}`,
      ),
    );
  }

  if (results.growth.length > 0) {
    section("Growth: synthetic reports (seeds re-labelled to later years, figures perturbed)");
    lines.push(
      ...align([
        [
          "reports",
          "ingest",
          "index build",
          "chunks",
          "on disk",
          "engine load",
          "peak RSS",
          "warm p50",
          "warm p95",
          "plan prompt",
        ],
        ...results.growth.map((point) => [
          String(point.reports),
          milliseconds(point.build.ingestMilliseconds),
          milliseconds(point.build.indexMilliseconds),
          count(point.build.chunks),
          `${((point.build.databaseBytes + point.build.indexBytes) / 1048576).toFixed(1)} MB`,
          milliseconds(point.engineMilliseconds),
          `${Math.round(point.peakRssMegabytes)} MB`,
          milliseconds(point.warm.wall.p50),
          milliseconds(point.warm.wall.p95),
          point.planPromptMedian === null ? "—" : count(point.planPromptMedian),
        ]),
      ]).map(indent),
    );
  }

  if (results.limits) lines.push("", ...formatLimitsSection(results.limits));

  section("Targets");
  lines.push(
    ...align(
      results.targets.map((target) => [
        target.name,
        target.limit,
        target.measured,
        target.met === null ? "—" : target.met ? "pass" : "MISS",
      ]),
    ).map(indent),
  );
  return lines.join("\n");
}

/** The report-at-the-limits section: its size, then ingest, first and second start, question and memory. */
export function formatLimitsSection(limits: LimitsMeasurement): string[] {
  const start = (run: LimitsMeasurement["cold"]) =>
    `start ${milliseconds(run.engineMilliseconds)}, question ${milliseconds(run.questionMilliseconds)}, peak RSS ${Math.round(run.peakRssMegabytes)} MB`;
  return [
    `One report at the ingest limits: ${(limits.textBytes / 1048576).toFixed(1)} MB, ${count(limits.objectives)} objectives, ${count(limits.measures)} measures, ${count(limits.notes)} notes, ${count(limits.chunks)} chunks`,
    ...align([
      ["ingest", milliseconds(limits.ingestMilliseconds), "parse, check, write the store"],
      ["first start", start(limits.cold), "index built: every chunk embedded, saved"],
      ["second start", start(limits.warm), "saved index read back"],
    ]).map(indent),
    indent(`question: "${limits.question}" (${limits.questionStatus})`),
  ];
}

function summaryCells(summary: SampleSummary): string[] {
  return [summary.p50, summary.p95, summary.max, summary.mean].map((value) => value.toFixed(2));
}

function milliseconds(value: number): string {
  return `${value >= 100 ? Math.round(value).toLocaleString("en-GB") : value.toFixed(1)} ms`;
}

function count(value: number): string {
  return Math.round(value).toLocaleString("en-GB");
}

function indent(line: string): string {
  return `  ${line}`;
}

/** Pads each column to its widest cell; the last column is left ragged. */
function align(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length)));
  return rows.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!)))
      .join("  ")
      .trimEnd(),
  );
}
