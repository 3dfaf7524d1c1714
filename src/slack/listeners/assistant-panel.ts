import { type App, Assistant } from "@slack/bolt";
import { cleanQuestionText } from "../clean-question-text.js";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { isFromPerson, messageEventSchema } from "../slack-payloads.js";

/** Slack shows at most four suggested prompts. */
const promptLimit = 4;

/**
 * Slack's AI-app split view, through Bolt's `Assistant`: suggested prompts when a thread starts, a title from the
 * first question, "Looking through the reports…" while the engine works, then the answer in the thread.
 * Bolt routes every DM thread reply here, so DM thread follow-ups are answered here too.
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
      threadStarted: async ({ say, setSuggestedPrompts }) => {
        await say(
          "Hi! Ask me about the council's performance reports — I give the exact figures with their period, target and rating, the commentary behind them, and say so when something is not in the reports.",
        );
        await setSuggestedPrompts({
          title: "Try asking",
          prompts: dependencies.examples.slice(0, promptLimit).map((example) => ({ title: example, message: example })),
        });
      },
      userMessage: async ({ message, client, setStatus, setTitle }) => {
        const parsed = messageEventSchema.safeParse(message);
        if (!parsed.success || !isFromPerson(parsed.data)) return;
        const question = parsed.data;
        const threadTs = question.thread_ts ?? question.ts;
        const conversation = `${question.channel}:${threadTs}`;
        if (!dependencies.plans.has(conversation)) {
          await decorate("title", () => setTitle(cleanQuestionText(question.text).slice(0, 80)));
        }
        await decorate("status", () => setStatus("Looking through the reports…"));
        const reply = await dependencies.respond(
          { text: question.text, user: question.user, channel: question.channel, conversation },
          { shareable: false },
        );
        // Posted directly rather than with the assistant's `say`, which first reads the thread (conversations.replies)
        // for a context this bot does not use: one call fewer, and one way fewer for an answer to be lost.
        await client.chat.postMessage({ channel: question.channel, thread_ts: threadTs, ...reply.message });
      },
    }),
  );
}
