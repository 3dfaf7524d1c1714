import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MeasureFact } from "../../src/answer/answer.js";
import { chartAltText } from "../../src/chart/chart-alt-text.js";
import { chartScale, renderChart } from "../../src/chart/render-chart.js";
import type { Engine } from "../../src/engine/create-engine.js";
import { decodePng } from "../support/decode-png.js";
import { loadTestEngine } from "../support/load-test-engine.js";

describe("charts from answers", () => {
  let engine: Engine;
  let dispose: () => void;
  beforeAll(async () => {
    ({ engine, dispose } = await loadTestEngine());
  });
  afterAll(() => dispose?.());

  const ask = async (question: string) => {
    const answer = await engine.ask(question, { previousPlan: null });
    return { answer, chart: engine.chart(question, answer) };
  };

  it("draws a trend from the answer's own figures: every point a printed figure, with the targets printed", async () => {
    const { answer, chart } = await ask("How has staff sickness absence changed?");
    const facts = answer.facts.filter((fact): fact is MeasureFact => fact.type === "measure");
    expect(chart?.kind).toBe("series");
    if (chart?.kind !== "series") return;
    expect(chart.points.map((point) => [point.period, point.value, point.report])).toEqual(
      facts.map((fact) => [fact.period, fact.value, fact.report]),
    );
    expect(chart.points.map((point) => point.value)).toEqual(["5.46%", "5.00%", "4.78%", "4.94%", "4.42%", "4.60%"]);
    expect(chart.points.map((point) => point.number)).toEqual([5.46, 5, 4.78, 4.94, 4.42, 4.6]);
    expect(chart.targets).toEqual(
      facts
        .filter((fact) => fact.target !== null)
        .map((fact) => ({
          series: "Sickness Hours as a % of Working Hours Available",
          x: fact.period,
          value: fact.target,
          number: Number.parseFloat(fact.target!),
          targetPeriod: fact.targetPeriod,
        })),
    );
    expect(chart.unit).toBe("percent");
    expect(chart.title).toBe("Sickness Hours as a % of Working Hours Available");
    expect(chart.source).toBe("Source: 2024-25 year-end report, SO-25; Q2 2025-26 report, SO-21");
  });

  it("counts objectives by rating for every report from the records", async () => {
    const { chart } = await ask("Show me objectives by rating");
    expect(chart).toEqual({
      kind: "ratings",
      subject: "objectives",
      outcome: null,
      title: "Strategic objectives by progress rating",
      bars: [
        { report: "2024-25-year-end", reportLabel: "2024-25 year-end report", rating: "Complete", count: 9 },
        { report: "2024-25-year-end", reportLabel: "2024-25 year-end report", rating: "Good", count: 8 },
        { report: "2024-25-year-end", reportLabel: "2024-25 year-end report", rating: "Review", count: 10 },
        { report: "2024-25-year-end", reportLabel: "2024-25 year-end report", rating: "Not rated", count: 6 },
        { report: "2025-26-q2", reportLabel: "Q2 2025-26 report", rating: "Good", count: 20 },
        { report: "2025-26-q2", reportLabel: "Q2 2025-26 report", rating: "Review", count: 3 },
        { report: "2025-26-q2", reportLabel: "Q2 2025-26 report", rating: "Action", count: 2 },
      ],
      source: "Source: 2024-25 year-end report; Q2 2025-26 report",
    });
    const counts = engine.records.objectives.filter((objective) => objective.report === "2025-26-q2").length;
    expect(counts).toBe(25);
  });

  it("counts one outcome's measures by rating when asked for a chart of them", async () => {
    const { chart } = await ask("chart measures by rating under Place");
    expect(chart?.kind).toBe("ratings");
    if (chart?.kind !== "ratings") return;
    expect(chart.outcome).toBe("Place");
    const q2 = chart.bars.filter((bar) => bar.report === "2025-26-q2");
    const placeMeasures = engine.records.measures.filter((m) => m.report === "2025-26-q2" && m.outcome === "Place");
    expect(q2.reduce((sum, bar) => sum + bar.count, 0)).toBe(placeMeasures.length);
  });

  it("reads a chart request as the measure's trend", async () => {
    const { answer, chart } = await ask("show me a graph of staff sickness absence");
    expect(answer.plan.intent).toBe("trend");
    expect(chart?.kind).toBe("series");
  });

  it("draws nothing for a single figure, a filtered list or an answer not found", async () => {
    expect((await ask("How many potholes have been repaired?")).chart).toBeNull();
    expect((await ask("Which objectives are rated Action?")).chart).toBeNull();
    expect((await ask("How many libraries were built on the moon?")).chart).toBeNull();
  });

  it("renders a PNG of the layout size, mostly white but with real ink, and alt text with every figure", async () => {
    const { chart } = await ask("How has staff sickness absence changed?");
    if (chart === null) throw new Error("no chart");
    const png = await renderChart(chart);
    const image = decodePng(png);
    expect(image.width).toBeGreaterThanOrEqual(640 * chartScale);
    expect(image.height).toBeGreaterThanOrEqual(300 * chartScale);
    let ink = 0;
    for (let i = 0; i < image.pixels.length; i += 4)
      if (image.pixels[i]! < 200 || image.pixels[i + 1]! < 200 || image.pixels[i + 2]! < 200) ink += 1;
    const share = ink / (image.width * image.height);
    expect(share).toBeGreaterThan(0.01);
    expect(share).toBeLessThan(0.5);
    const alt = chartAltText(chart);
    if (chart.kind !== "series") throw new Error("not a series");
    for (const point of chart.points) expect(alt).toContain(point.value);
    expect(alt).toContain("4.70% at Quarter 2 2025-26 YTD");
  });
});
