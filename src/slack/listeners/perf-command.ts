import type { App } from "@slack/bolt";
import { cleanQuestionText } from "../clean-question-text.js";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { renderReportsBlocks } from "../render-reports-blocks.js";
import { noticeMessage, type SlackMessage } from "../slack-message.js";
import { slashCommandSchema } from "../slack-payloads.js";

/**
 * `/perf question` → "Looking through the reports…" and then, in its place, the answer (repeating the question)
 * only the asker sees, with "Share in channel"; `/perf help`; `/perf reports`.
 * Acknowledged first (Slack allows 3 s), answered through the command's response URL, which works in any
 * conversation, including ones the bot is not a member of. Follow-ups continue per person per channel.
 */
const workingNotice = ":hourglass_flowing_sand: Looking through the reports…";

export function register(app: App, dependencies: ListenerDependencies): void {
  app.command("/perf", async ({ command, ack, respond }) => {
    await ack();
    const parsed = slashCommandSchema.safeParse(command);
    if (!parsed.success) return;
    const { text, user_id: user, channel_id: channel } = parsed.data;
    const subcommand = cleanQuestionText(text).toLowerCase();
    const send = (message: SlackMessage, where: string, replace = false) =>
      dependencies.sendReply(
        (posted) => respond({ response_type: "ephemeral", ...(replace ? { replace_original: true } : {}), ...posted }),
        message,
        where,
      );
    if (subcommand === "" || subcommand === "help") {
      await send(dependencies.help(), "the /perf help");
      return;
    }
    if (subcommand === "reports") {
      const blocks = renderReportsBlocks(dependencies.summaries);
      await send({ text: blocks[0]?.text?.text ?? "", blocks }, "the /perf reports list");
      return;
    }
    // An ephemeral reply has no thread for a status, so a private "working" note stands in, replaced by the answer.
    await send(noticeMessage(workingNotice), `the /perf working note for ${user}`);
    const reply = await dependencies.respond(
      { text, user, channel, conversation: `perf:${channel}:${user}` },
      { shareable: true, showQuestion: true },
    );
    await send(reply.message, `the /perf answer for ${user}`, true);
  });
}
