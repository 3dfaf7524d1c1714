import type { App } from "@slack/bolt";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { uploadChart } from "../upload-chart.js";
import { showWorkingStatus } from "../show-working-status.js";
import { isFromPerson, messageEventSchema } from "../slack-payloads.js";

/**
 * `@bot question` in a channel → a working status in the thread of the mention, then the answer there; the thread is remembered, so follow-ups
 * there keep the context and need no new mention (`channel-thread.ts`).
 */
export function register(app: App, dependencies: ListenerDependencies): void {
  app.event("app_mention", async ({ event, client }) => {
    const parsed = messageEventSchema.safeParse(event);
    if (!parsed.success || !isFromPerson(parsed.data)) return;
    const mention = parsed.data;
    const threadTs = mention.thread_ts ?? mention.ts;
    const conversation = `${mention.channel}:${threadTs}`;
    await showWorkingStatus(client, mention.channel, threadTs, dependencies.logger);
    const reply = await dependencies.respond(
      { text: mention.text, user: mention.user, channel: mention.channel, conversation },
      { shareable: false },
    );
    if (reply.kind === "notice" && reply.onlyForAsker) {
      await dependencies.sendReply(
        (message) =>
          client.chat.postEphemeral({ channel: mention.channel, user: mention.user, thread_ts: threadTs, ...message }),
        reply.message,
        `a notice to ${mention.user} in ${mention.channel}`,
      );
      return;
    }
    if (reply.kind === "answer") dependencies.answeredThreads.set(conversation, true);
    await dependencies.sendReply(
      (message) => client.chat.postMessage({ channel: mention.channel, thread_ts: threadTs, ...message }),
      reply.message,
      `the answer in ${mention.channel}`,
    );
    await uploadChart(client, { channel: mention.channel, threadTs }, reply, dependencies.logger);
  });
}
