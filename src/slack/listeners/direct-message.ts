import type { App } from "@slack/bolt";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { showWorkingStatus } from "../show-working-status.js";
import { isFromPerson, messageEventSchema } from "../slack-payloads.js";

/**
 * A direct message (the app's Messages tab, where agent messaging happens) → a working status in the thread of the
 * question, then the answer in that thread: Slack's agent conversations are threads, and a status needs one.
 * Consecutive top-level questions are one conversation, and the question's thread continues it. (Thread replies in
 * a DM reach the assistant listener, which Bolt's `Assistant` routes first; this one answers them too if they arrive here.)
 */
export function register(app: App, dependencies: ListenerDependencies): void {
  app.message(async ({ message, client }) => {
    const parsed = messageEventSchema.safeParse(message);
    if (!parsed.success || parsed.data.channel_type !== "im" || !isFromPerson(parsed.data)) return;
    const direct = parsed.data;
    const threadTs = direct.thread_ts ?? direct.ts;
    const conversation = direct.thread_ts === undefined ? direct.channel : `${direct.channel}:${threadTs}`;
    await showWorkingStatus(client, direct.channel, threadTs, dependencies.logger);
    const reply = await dependencies.respond(
      { text: direct.text, user: direct.user, channel: direct.channel, conversation },
      { shareable: false },
    );
    await dependencies.sendReply(
      (posted) => client.chat.postMessage({ channel: direct.channel, thread_ts: threadTs, ...posted }),
      reply.message,
      `the answer in ${direct.channel}`,
    );
    if (reply.kind === "answer" && direct.thread_ts === undefined) dependencies.plans.set(`${direct.channel}:${direct.ts}`, reply.answer.plan);
  });
}
