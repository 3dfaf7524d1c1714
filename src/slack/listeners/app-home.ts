import type { App } from "@slack/bolt";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { renderHomeView } from "../render-home-view.js";
import { noticeMessage } from "../slack-message.js";
import { appHomeOpenedEventSchema } from "../slack-payloads.js";
import { greetingText, suggestedPrompts } from "../suggested-prompts.js";

/**
 * `app_home_opened`. The Home tab → publishes the reports loaded, objectives by rating and example questions.
 * The Messages tab → under Slack's agent messaging (manifest `agent_view`) this replaces `assistant_thread_started`:
 * the person is greeted once, and the suggested prompts are set for the DM with no `thread_ts` (an agent app's call
 * with one is silently dropped).
 */
export function register(app: App, dependencies: ListenerDependencies): void {
  app.event("app_home_opened", async ({ event, client }) => {
    const parsed = appHomeOpenedEventSchema.safeParse(event);
    if (!parsed.success) return;
    const { user, tab, channel } = parsed.data;
    if (tab === "messages") {
      if (channel === undefined) return;
      if (!dependencies.greeted.has(user)) {
        dependencies.greeted.set(user, true);
        await dependencies.sendReply(
          (message) => client.chat.postMessage({ channel, ...message }),
          noticeMessage(greetingText),
          "the greeting",
        );
      }
      try {
        await client.assistant.threads.setSuggestedPrompts({
          channel_id: channel,
          ...suggestedPrompts(dependencies.examples),
        });
      } catch (error) {
        dependencies.logger.debug("Could not set the suggested prompts:", error);
      }
      return;
    }
    if (tab !== undefined && tab !== "home") return;
    await client.views.publish({ user_id: user, view: renderHomeView(dependencies.summaries, dependencies.examples) });
  });
}
