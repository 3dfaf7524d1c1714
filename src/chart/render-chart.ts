import { createRequire } from "node:module";
import type { Chart } from "./chart.js";
import { chartFont, vegaLiteSpec } from "./vega-lite-spec.js";

const require = createRequire(import.meta.url);
/** Shipped in an npm package, so text renders on a machine with no system fonts. */
const fontFiles = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
);

/** Drawn at twice the layout size, so it stays sharp on high-density screens. */
export const chartScale = 2;

/**
 * Draws a chart as PNG, offline: Vega-Lite compiles the spec, Vega lays it out as SVG (no canvas), resvg rasterises
 * it with the bundled DejaVu font. The libraries load on the first chart, so answers that draw none never pay for them.
 */
export async function renderChart(chart: Chart): Promise<Buffer> {
  const [vegaLite, vega, { Resvg }] = await Promise.all([
    import("vega-lite"),
    import("vega"),
    import("@resvg/resvg-js"),
  ]);
  const compiled = vegaLite.compile(vegaLiteSpec(chart)).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    const svg = await view.toSVG();
    const image = new Resvg(svg, {
      font: { loadSystemFonts: false, fontFiles, defaultFontFamily: chartFont },
      fitTo: { mode: "zoom", value: chartScale },
      background: "white",
    });
    return image.render().asPng();
  } finally {
    view.finalize();
  }
}
