import type { App } from "@slack/bolt";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { isFromPerson, messageEventSchema } from "../slack-payloads.js";

/**
 * A direct message → the answer in the DM. Consecutive top-level messages are one conversation, and a thread
 * started on the question or on the answer continues it. (Thread replies in a DM reach the assistant listener,
 * which Bolt's `Assistant` routes first; this one answers them too if they arrive here.)
 */
export function register(app: App, dependencies: ListenerDependencies): void {
  app.message(async ({ message, client }) => {
    const parsed = messageEventSchema.safeParse(message);
    if (!parsed.success || parsed.data.channel_type !== "im" || !isFromPerson(parsed.data)) return;
    const direct = parsed.data;
    const threadTs = direct.thread_ts ?? null;
    const conversation = threadTs === null ? direct.channel : `${direct.channel}:${threadTs}`;
    const reply = await dependencies.respond(
      { text: direct.text, user: direct.user, channel: direct.channel, conversation },
      { shareable: false },
    );
    let postedTs: string | undefined;
    await dependencies.sendReply(
      async (posted) => {
        const result = await client.chat.postMessage({ channel: direct.channel, ...(threadTs === null ? {} : { thread_ts: threadTs }), ...posted });
        postedTs = result.ts;
      },
      reply.message,
      `the answer in ${direct.channel}`,
    );
    if (reply.kind === "answer" && threadTs === null) {
      dependencies.plans.set(`${direct.channel}:${direct.ts}`, reply.answer.plan);
      if (postedTs !== undefined) dependencies.plans.set(`${direct.channel}:${postedTs}`, reply.answer.plan);
    }
  });
}
