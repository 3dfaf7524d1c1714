import type { types } from "@slack/bolt";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { renderReportsSummary } from "./render-reports-summary.js";
import type { ReportSummary } from "./summarise-catalogue.js";

/** The App Home tab: the reports loaded, their objectives counted by rating, and example questions. */
export function renderHomeView(summaries: readonly ReportSummary[], examples: readonly string[]): types.HomeView {
  return {
    type: "home",
    blocks: [
      { type: "header", text: { type: "plain_text", text: "Council performance reports" } },
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: "Exact figures with their period, target and rating, the commentary behind them with its source, and a :warning: wherever a report qualifies or contradicts itself.",
        },
      },
      { type: "divider" },
      { type: "section", text: { type: "mrkdwn", text: `*Reports loaded*\n${renderReportsSummary(summaries)}` } },
      { type: "divider" },
      { type: "section", text: { type: "mrkdwn", text: `*Try asking*\n${examples.map((example) => `• ${escapeMrkdwn(example)}`).join("\n")}` } },
      {
        type: "context",
        elements: [{ type: "mrkdwn", text: "Message me here, mention me in a channel, or type `/perf <question>` anywhere." }],
      },
    ],
  };
}
