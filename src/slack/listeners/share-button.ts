import type { App } from "@slack/bolt";
import { actionIds } from "../action-ids.js";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { readButtonClick } from "../read-button-click.js";
import { renderAnswerBlocks } from "../render-answer-blocks.js";

/**
 * "Share in channel" under an ephemeral `/perf` answer → the same answer posted for everyone (through the response
 * URL, so the bot need not be a member), credited to the person who shared it, and the private copy removed.
 */
export function register(app: App, dependencies: ListenerDependencies): void {
  app.action(actionIds.share, async ({ ack, body, respond }) => {
    await ack();
    const click = readButtonClick(body);
    if (click === null) return;
    const answer = dependencies.answers.get(click.value.answer);
    if (answer === undefined) {
      await respond({
        response_type: "ephemeral",
        replace_original: false,
        text: "That answer is no longer available to share — ask again with `/perf`.",
      });
      return;
    }
    const shared = renderAnswerBlocks(answer, { answerId: click.value.answer, shareable: false, showQuestion: true, byline: `Shared by <@${click.user}> via \`/perf\`` });
    const sent = await dependencies.sendReply(
      (posted) => respond({ response_type: "in_channel", replace_original: false, ...posted }),
      shared,
      `the shared answer from ${click.user}`,
    );
    if (sent) await respond({ delete_original: true });
  });
}
