import type { types } from "@slack/bolt";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { renderReportsBlocks } from "./render-reports-blocks.js";
import type { ReportSummary } from "./summarise-catalogue.js";

/**
 * The App Home tab: the reports loaded (in sections of up to 3,000 characters, so 50 reports fit), their objectives
 * counted by rating, and example questions. `<question>` is written `&lt;question&gt;`: Slack reads a bare `<…>` as a link.
 */
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
      ...renderReportsBlocks(summaries),
      { type: "divider" },
      {
        type: "section",
        text: {
          type: "mrkdwn",
          text: `*Try asking*\n${examples.map((example) => `• ${escapeMrkdwn(example)}`).join("\n")}`,
        },
      },
      {
        type: "context",
        elements: [
          {
            type: "mrkdwn",
            text: "Message me here, mention me in a channel, or type `/perf &lt;question&gt;` anywhere.",
          },
        ],
      },
    ],
  };
}
