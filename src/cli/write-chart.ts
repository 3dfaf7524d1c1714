import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Chart } from "../chart/chart.js";
import { renderChart } from "../chart/render-chart.js";

/** Draws a chart and writes it as PNG (making the folder if need be); returns the absolute path written. */
export async function writeChart(chart: Chart, file: string): Promise<string> {
  const target = path.resolve(file);
  const png = await renderChart(chart);
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, png);
  return target;
}
