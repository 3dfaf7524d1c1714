import type { App } from "@slack/bolt";
import { actionIds } from "../action-ids.js";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { readButtonClick } from "../read-button-click.js";
import { renderFeedbackModal } from "../render-feedback-modal.js";

/**
 * Slack's 👍/👎 under an answer → a feedback record in the SQLite store with the question, the answer's facts,
 * sources and plan (from memory; after a restart only the question and the message text), who, where and which
 * message. 👍 is thanked privately; 👎 opens the reason modal, whose submission completes the same record.
 */
export function register(app: App, dependencies: ListenerDependencies): void {
  app.action(actionIds.feedback, async ({ ack, body, respond, client }) => {
    await ack();
    const click = readButtonClick(body);
    if (click === null || click.value.vote === undefined) return;
    const answer = dependencies.answers.get(click.value.answer);
    const feedbackId = dependencies.feedback.record({
      time: dependencies.now().toISOString(),
      vote: click.value.vote,
      question: click.value.question,
      answer: answer?.answer ?? click.messageText ?? "",
      facts: answer?.facts ?? [],
      sources: answer?.sources ?? [],
      plan: answer?.plan ?? null,
      user: click.user,
      channel: click.channel,
      messageTs: click.messageTs,
      answerId: click.value.answer,
    });
    if (click.value.vote === "down" && click.triggerId !== null) {
      try {
        await client.views.open({
          trigger_id: click.triggerId,
          view: renderFeedbackModal({ feedbackId, question: click.value.question }),
        });
        return;
      } catch (error) {
        dependencies.logger.warn(`Could not open the feedback reason modal for record ${feedbackId}:`, error);
      }
    }
    await respond({
      response_type: "ephemeral",
      replace_original: false,
      text: "Thanks — your feedback was recorded.",
    });
  });
}
