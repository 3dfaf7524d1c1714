import type { App } from "@slack/bolt";
import { actionIds } from "../action-ids.js";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { readButtonClick } from "../read-button-click.js";

/**
 * 👍/👎 under an answer → one line `{time, user, question, answer, vote}` in the feedback file, and a thank-you
 * only the clicker sees. The answer text comes from memory, or from the clicked message after a restart.
 */
export function register(app: App, dependencies: ListenerDependencies): void {
  app.action(new RegExp(`^(${actionIds.helpful}|${actionIds.notHelpful})$`), async ({ ack, body, respond }) => {
    await ack();
    const click = readButtonClick(body);
    if (click === null) return;
    await dependencies.recordFeedback({
      time: dependencies.now().toISOString(),
      user: click.user,
      question: click.value.question,
      answer: dependencies.answers.get(click.value.answer)?.answer ?? click.messageText ?? "",
      vote: click.actionId === actionIds.helpful ? "up" : "down",
    });
    await respond({ response_type: "ephemeral", replace_original: false, text: "Thanks — your feedback was recorded." });
  });
}
