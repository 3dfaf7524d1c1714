import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { noticeMessage, type SlackMessage } from "./slack-message.js";
import type { ReportSummary } from "./summarise-catalogue.js";

/** The `/perf help` message (also the reply to an empty mention): how to ask, what is loaded, examples. */
export function renderHelp(summaries: readonly ReportSummary[], examples: readonly string[]): SlackMessage {
  const loaded = summaries.length === 0 ? "no reports yet" : summaries.map((summary) => summary.label).join(", ");
  return noticeMessage(
    [
      `*Ask me about the council's performance reports* (loaded: ${loaded}).`,
      "• `/perf &lt;question&gt;` — an answer only you can see, with a button to share it",
      "• `/perf reports` — the reports I have loaded",
      "• mention me in a channel, or message me directly — I answer in the thread, and follow-up questions keep the context",
      "",
      "*Try:*",
      ...examples.map((example) => `• ${escapeMrkdwn(example)}`),
      "",
      "Every figure comes from the reports with its period, target and rating. When something is not in the reports, I say so rather than guess.",
    ].join("\n"),
  );
}
