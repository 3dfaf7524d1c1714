import { tmpdir } from "node:os";
import path from "node:path";
import type { Answer } from "../answer/answer.js";
import type { Chart } from "../chart/chart.js";
import { writeChart } from "./write-chart.js";

/**
 * The console chat's charts: each answer that has one is drawn to a numbered PNG in a folder of the system's
 * temporary directory (`council-bot-charts/chart-1.png`…), whose path the chat prints.
 */
export function consoleCharts(
  chartOf: (question: string, answer: Answer) => Chart | null,
  directory = path.join(tmpdir(), "council-bot-charts"),
): (question: string, answer: Answer) => Promise<string | null> {
  let drawn = 0;
  return async (question, answer) => {
    const chart = chartOf(question, answer);
    if (chart === null) return null;
    drawn += 1;
    return writeChart(chart, path.join(directory, `chart-${drawn}.png`));
  };
}
