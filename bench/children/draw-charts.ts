// A bench child: answers every bench question, times deciding that an answer draws no chart, checks that no chart
// library was loaded before the first chart, then times the first chart (font and module load) and every later one.
import { register } from "node:module";
import { MessageChannel } from "node:worker_threads";
import { summariseSamples } from "../summarise-samples.js";
import { type DrawChartsOutput, drawChartsInputSchema } from "./draw-charts-io.js";

const loaded: string[] = [];
const { port1, port2 } = new MessageChannel();
port1.on("message", (url: string) => loaded.push(url));
port1.unref();
register("./record-imports.mjs", import.meta.url, { data: { port: port2 }, transferList: [port2] });

// Imported after the hooks, so every module the engine and the renderer resolve is seen.
const { createEngine } = await import("../../src/engine/create-engine.js");
const { drawChartImage } = await import("../../src/chart/draw-chart-image.js");
type Chart = NonNullable<ReturnType<Awaited<ReturnType<typeof createEngine>>["chart"]>>;

const input = drawChartsInputSchema.parse(JSON.parse(process.argv[2] ?? "null"));
const engine = await createEngine({
  reportsDirectory: input.reportsDirectory,
  databasePath: input.databasePath,
  indexDirectory: input.indexDirectory,
  log: (line) => process.stderr.write(`${line}\n`),
});

const charts: Chart[] = [];
const chooseNone: number[] = [];
for (const question of input.questions) {
  const answer = await engine.ask(question, { previousPlan: null });
  const started = performance.now();
  const chart = engine.chart(question, answer);
  const milliseconds = performance.now() - started;
  if (chart === null) chooseNone.push(milliseconds);
  else charts.push(chart);
}
if (charts.length === 0) throw new Error("no bench question drew a chart: nothing to time");

const isRenderer = (url: string) => /\/node_modules\/(vega[^/]*|@resvg)\//.test(url);
await new Promise((resolve) => setImmediate(resolve)); // the hooks' last messages
const rendererModulesBeforeFirstChart = loaded.filter(isRenderer).length;

const [first, ...rest] = charts;
const firstStarted = performance.now();
const firstImage = await drawChartImage(first!);
const firstMilliseconds = performance.now() - firstStarted;
await new Promise((resolve) => setImmediate(resolve));
// Proves the watch works: the first chart must have loaded the renderer, or "none before" would mean nothing.
const rendererModulesAfterFirstChart = loaded.filter(isRenderer).length;
const sizes = [firstImage.png.length];
const warm: number[] = [];
for (let pass = 0; pass < input.passes; pass += 1)
  for (const chart of rest.length > 0 ? rest : [first!]) {
    const started = performance.now();
    const image = await drawChartImage(chart);
    warm.push(performance.now() - started);
    sizes.push(image.png.length);
  }

const output: DrawChartsOutput = {
  questions: input.questions.length,
  charts: charts.length,
  chooseNone: summariseSamples(chooseNone),
  rendererModulesBeforeFirstChart,
  rendererModulesAfterFirstChart,
  firstMilliseconds,
  firstTitle: first!.title,
  warm: summariseSamples(warm),
  pngBytes: { min: Math.min(...sizes), max: Math.max(...sizes) },
};
process.stdout.write(`${JSON.stringify(output)}\n`);
