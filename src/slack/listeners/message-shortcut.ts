import type { App } from "@slack/bolt";
import { actionIds } from "../action-ids.js";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { renderAnswerBlocks } from "../render-answer-blocks.js";
import { messageShortcutSchema } from "../slack-payloads.js";

/**
 * The message shortcut "Ask performance reports" on any message (a councillor's forwarded question) → the
 * message's text asked as a question, and a private answer in that message's thread, repeating the question, with
 * "Share in channel" (which posts it in the same thread). Where the bot cannot post privately in the channel
 * (not a member), the answer goes through the shortcut's response URL instead.
 */
export function register(app: App, dependencies: ListenerDependencies): void {
  app.shortcut(actionIds.askShortcut, async ({ ack, body, client, respond }) => {
    await ack();
    const parsed = messageShortcutSchema.safeParse(body);
    if (!parsed.success) return;
    const { user, channel, message } = parsed.data;
    const threadTs = message.thread_ts ?? message.ts;
    const reply = await dependencies.respond(
      {
        text: message.text,
        user: user.id,
        channel: channel.id,
        conversation: `shortcut:${channel.id}:${threadTs}:${user.id}`,
      },
      { shareable: true, showQuestion: true },
    );
    const rendered =
      reply.kind === "answer"
        ? renderAnswerBlocks(reply.answer, {
            answerId: reply.answerId,
            shareable: true,
            showQuestion: true,
            thread: { channel: channel.id, ts: threadTs },
          })
        : reply.message;
    const sent = await dependencies.sendReply(
      (posted) => client.chat.postEphemeral({ channel: channel.id, user: user.id, thread_ts: threadTs, ...posted }),
      rendered,
      `the shortcut answer for ${user.id} in ${channel.id}`,
    );
    if (!sent && parsed.data.response_url !== undefined) {
      await dependencies.sendReply(
        (posted) => respond({ response_type: "ephemeral", ...posted }),
        rendered,
        `the shortcut answer for ${user.id} by response URL`,
      );
    }
  });
}
