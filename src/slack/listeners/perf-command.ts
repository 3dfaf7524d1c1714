import type { App } from "@slack/bolt";
import { cleanQuestionText } from "../clean-question-text.js";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { renderReportsSummary } from "../render-reports-summary.js";
import { noticeMessage } from "../slack-message.js";
import { slashCommandSchema } from "../slack-payloads.js";

/**
 * `/perf <question>` → an answer only the asker sees, with "Share in channel"; `/perf help`; `/perf reports`.
 * Acknowledged first (Slack allows 3 s), answered through the command's response URL, which works in any
 * conversation, including ones the bot is not a member of. Follow-ups continue per person per channel.
 */
export function register(app: App, dependencies: ListenerDependencies): void {
  app.command("/perf", async ({ command, ack, respond }) => {
    await ack();
    const parsed = slashCommandSchema.safeParse(command);
    if (!parsed.success) return;
    const { text, user_id: user, channel_id: channel } = parsed.data;
    const subcommand = cleanQuestionText(text).toLowerCase();
    if (subcommand === "" || subcommand === "help") {
      await respond({ response_type: "ephemeral", ...dependencies.help() });
      return;
    }
    if (subcommand === "reports") {
      await respond({ response_type: "ephemeral", ...noticeMessage(`*Reports loaded*\n${renderReportsSummary(dependencies.summaries)}`) });
      return;
    }
    const reply = await dependencies.respond(
      { text, user, channel, conversation: `perf:${channel}:${user}` },
      { shareable: true },
    );
    await respond({ response_type: "ephemeral", ...reply.message });
  });
}
