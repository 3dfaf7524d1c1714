import type { Chart } from "./chart.js";
import { chartAltText } from "./chart-alt-text.js";
import { renderChart } from "./render-chart.js";

/** A drawn chart with what an upload needs: the PNG, alt text stating its figures, a title and a file name. */
export interface ChartImage {
  readonly png: Buffer;
  readonly altText: string;
  readonly title: string;
  readonly filename: string;
}

/** Draws a chart for posting: the PNG and its words. */
export async function drawChartImage(chart: Chart): Promise<ChartImage> {
  const slug = chart.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return {
    png: await renderChart(chart),
    altText: chartAltText(chart),
    title: chart.title,
    filename: `${slug || "chart"}.png`,
  };
}
