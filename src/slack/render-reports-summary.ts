import { escapeMrkdwn } from "./escape-mrkdwn.js";
import type { ReportSummary } from "./summarise-catalogue.js";

/** One mrkdwn line per loaded report: "*Q2 2025-26* — title · 25 objectives: :large_green_circle: 20 Good · …". */
export function renderReportsSummary(summaries: readonly ReportSummary[]): string {
  if (summaries.length === 0) return "No reports are loaded yet — run `npm run ingest`.";
  return summaries
    .map((summary) => {
      const counts = summary.progress.map((entry) => `${entry.emoji} ${entry.count} ${entry.rating}`).join(" · ");
      return `*${summary.label}* — ${escapeMrkdwn(summary.title)} · ${summary.objectives} objectives${counts === "" ? "" : `: ${counts}`}`;
    })
    .join("\n");
}
