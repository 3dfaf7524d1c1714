import type { App } from "@slack/bolt";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { isFromPerson, messageEventSchema } from "../slack-payloads.js";

/** `@bot question` in a channel → the answer in the thread of the mention; follow-ups in that thread keep the context. */
export function register(app: App, dependencies: ListenerDependencies): void {
  app.event("app_mention", async ({ event, client }) => {
    const parsed = messageEventSchema.safeParse(event);
    if (!parsed.success || !isFromPerson(parsed.data)) return;
    const mention = parsed.data;
    const threadTs = mention.thread_ts ?? mention.ts;
    const reply = await dependencies.respond(
      { text: mention.text, user: mention.user, channel: mention.channel, conversation: `${mention.channel}:${threadTs}` },
      { shareable: false },
    );
    if (reply.kind === "notice" && reply.onlyForAsker) {
      await client.chat.postEphemeral({ channel: mention.channel, user: mention.user, thread_ts: threadTs, ...reply.message });
      return;
    }
    await client.chat.postMessage({ channel: mention.channel, thread_ts: threadTs, ...reply.message });
  });
}
