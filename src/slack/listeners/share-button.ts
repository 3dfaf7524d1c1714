import type { App } from "@slack/bolt";
import { actionIds } from "../action-ids.js";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { readButtonClick } from "../read-button-click.js";
import { renderAnswerBlocks } from "../render-answer-blocks.js";

/**
 * "Share in channel" under a private answer → the same answer, repeating the question, posted for everyone and
 * credited to the person who shared it, and the private copy removed. A `/perf` answer goes through the response URL
 * (so the bot need not be a member); a shortcut's answer into the thread it was asked about.
 */
export function register(app: App, dependencies: ListenerDependencies): void {
  app.action(actionIds.share, async ({ ack, body, respond, client }) => {
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
    const thread = click.value.thread;
    const shared = renderAnswerBlocks(answer, {
      answerId: click.value.answer,
      shareable: false,
      showQuestion: true,
      byline: `Shared by <@${click.user}> ${thread === undefined ? "via \`/perf\`" : "from a private answer"}`,
    });
    const sent = await dependencies.sendReply(
      (posted) =>
        thread === undefined
          ? respond({ response_type: "in_channel", replace_original: false, ...posted })
          : client.chat.postMessage({ channel: thread.channel, thread_ts: thread.ts, ...posted }),
      shared,
      `the shared answer from ${click.user}`,
    );
    if (sent && thread !== undefined) dependencies.answeredThreads.set(`${thread.channel}:${thread.ts}`, true);
    if (sent) await respond({ delete_original: true });
  });
}
