import type { App } from "@slack/bolt";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { deliverInThread } from "../deliver-in-thread.js";
import { isFromPerson, messageEventSchema } from "../slack-payloads.js";

/**
 * A direct message (the app's Messages tab, where agent messaging happens) → the answer in the thread of the question,
 * streamed step by step where Slack allows, else after a working status (`deliver-in-thread.ts`): Slack's agent
 * conversations are threads, and a status or a stream needs one.
 * Consecutive top-level questions are one conversation, and the question's thread continues it. (Thread replies in
 * a DM reach the assistant listener, which Bolt's `Assistant` routes first; this one answers them too if they arrive here.)
 */
export function register(app: App, dependencies: ListenerDependencies): void {
  app.message(async ({ message, client, context }) => {
    const parsed = messageEventSchema.safeParse(message);
    if (!parsed.success || parsed.data.channel_type !== "im" || !isFromPerson(parsed.data)) return;
    const direct = parsed.data;
    const threadTs = direct.thread_ts ?? direct.ts;
    const conversation = direct.thread_ts === undefined ? direct.channel : `${direct.channel}:${threadTs}`;
    const reply = await deliverInThread(
      client,
      { channel: direct.channel, threadTs, user: direct.user, teamId: context.teamId },
      () =>
        dependencies.respond(
          { text: direct.text, user: direct.user, channel: direct.channel, conversation },
          { shareable: false },
        ),
      dependencies,
    );
    if (reply.kind === "answer" && direct.thread_ts === undefined)
      dependencies.plans.set(`${direct.channel}:${direct.ts}`, reply.answer.plan);
  });
}
