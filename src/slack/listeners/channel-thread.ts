import type { App } from "@slack/bolt";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { uploadChart } from "../upload-chart.js";
import { showWorkingStatus } from "../show-working-status.js";
import { isFromPerson, messageEventSchema } from "../slack-payloads.js";

/**
 * A reply without an @mention in a channel thread the bot has answered in → answered in that thread with the
 * thread's plan, like a follow-up in a DM. Threads the bot is not in, and top-level channel messages, are left alone;
 * a reply that does mention the bot is the `app_mention` listener's (Slack sends both events for it).
 */
export function register(app: App, dependencies: ListenerDependencies): void {
  app.message(async ({ message, client, context }) => {
    const parsed = messageEventSchema.safeParse(message);
    if (!parsed.success || !isFromPerson(parsed.data)) return;
    const reply = parsed.data;
    if (reply.channel_type !== "channel" && reply.channel_type !== "group") return;
    if (reply.thread_ts === undefined || reply.thread_ts === reply.ts) return;
    const conversation = `${reply.channel}:${reply.thread_ts}`;
    if (!dependencies.answeredThreads.has(conversation)) return;
    if (context.botUserId !== undefined && reply.text.includes(`<@${context.botUserId}`)) return;
    const threadTs = reply.thread_ts;
    await showWorkingStatus(client, reply.channel, threadTs, dependencies.logger);
    const answer = await dependencies.respond(
      { text: reply.text, user: reply.user, channel: reply.channel, conversation },
      { shareable: false },
    );
    if (answer.kind === "notice" && answer.onlyForAsker) {
      await dependencies.sendReply(
        (posted) =>
          client.chat.postEphemeral({ channel: reply.channel, user: reply.user, thread_ts: threadTs, ...posted }),
        answer.message,
        `a notice to ${reply.user} in ${reply.channel}`,
      );
      return;
    }
    await dependencies.sendReply(
      (posted) => client.chat.postMessage({ channel: reply.channel, thread_ts: threadTs, ...posted }),
      answer.message,
      `the follow-up answer in ${reply.channel}`,
    );
    await uploadChart(client, { channel: reply.channel, threadTs }, answer, dependencies.logger);
  });
}
