import type { types } from "@slack/bolt";
import { renderReportsSummary } from "./render-reports-summary.js";
import { slackLimits } from "./render-answer-blocks.js";
import type { ReportSummary } from "./summarise-catalogue.js";
import { splitMrkdwn } from "./split-mrkdwn.js";

/**
 * The "Reports loaded" list as sections of at most 3,000 characters each (Slack refuses a longer section text, which
 * one section reached at about 17 reports), breaking between reports, the heading on the first.
 */
export function renderReportsBlocks(summaries: readonly ReportSummary[]): types.SectionBlock[] {
  return splitMrkdwn(`*Reports loaded*\n${renderReportsSummary(summaries)}`, slackLimits.sectionText).map((text) => ({
    type: "section",
    text: { type: "mrkdwn", text },
  }));
}
