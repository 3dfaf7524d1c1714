import { type App, Assistant } from "@slack/bolt";
import { cleanQuestionText } from "../clean-question-text.js";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { noticeMessage } from "../slack-message.js";
import { isFromPerson, messageEventSchema } from "../slack-payloads.js";
import { deliverInThread } from "../deliver-in-thread.js";
import { greetingText, suggestedPrompts } from "../suggested-prompts.js";

/**
 * Slack's older assistant split view (manifest `assistant_view`, for apps created before agent messaging), through
 * Bolt's `Assistant`: suggested prompts when a thread starts, a title from the first question,
 * the answer in the thread — streamed step by step where Slack allows, else after a status with loading messages. Bolt routes every DM thread
 * reply here, so DM thread follow-ups are answered here too. Apps on `agent_view` are greeted by `app-home.ts`.
 * The thread context Slack sends is not used, so it is neither stored nor read (no `conversations.replies`).
 */
export function register(app: App, dependencies: ListenerDependencies): void {
  const { logger } = dependencies;
  // Title and status are decoration: a thread that is not an assistant thread refuses them, and the answer must still go.
  const decorate = async (what: string, call: () => Promise<unknown>) => {
    try {
      await call();
    } catch (error) {
      logger.debug(`Could not set the assistant thread's ${what}:`, error);
    }
  };

  app.assistant(
    new Assistant({
      threadContextStore: { get: async () => ({}), save: async () => {} },
      threadStarted: async ({ event, client, setSuggestedPrompts }) => {
        const thread = (event as { assistant_thread?: { channel_id?: string; thread_ts?: string } }).assistant_thread;
        if (thread?.channel_id === undefined || thread.thread_ts === undefined) return;
        const { channel_id: channel, thread_ts: threadTs } = thread;
        await dependencies.sendReply(
          (message) => client.chat.postMessage({ channel, thread_ts: threadTs, ...message }),
          noticeMessage(greetingText),
          "the assistant greeting",
        );
        await decorate("suggested prompts", () => setSuggestedPrompts(suggestedPrompts(dependencies.examples)));
      },
      threadContextChanged: async () => {},
      userMessage: async ({ message, client, context, setTitle }) => {
        const parsed = messageEventSchema.safeParse(message);
        if (!parsed.success || !isFromPerson(parsed.data)) return;
        const question = parsed.data;
        const threadTs = question.thread_ts ?? question.ts;
        const conversation = `${question.channel}:${threadTs}`;
        if (!dependencies.plans.has(conversation)) {
          await decorate("title", () => setTitle(cleanQuestionText(question.text).slice(0, 80)));
        }
        await deliverInThread(
          client,
          { channel: question.channel, threadTs, user: question.user, teamId: context.teamId },
          () =>
            dependencies.respond(
              { text: question.text, user: question.user, channel: question.channel, conversation },
              { shareable: false },
            ),
          dependencies,
        );
      },
    }),
  );
}
