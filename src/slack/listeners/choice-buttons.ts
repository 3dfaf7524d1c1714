import type { App } from "@slack/bolt";
import { actionIds } from "../action-ids.js";
import type { ListenerDependencies } from "../listener-dependencies.js";
import { readButtonClick } from "../read-button-click.js";
import { uploadChart } from "../upload-chart.js";

const choicePattern = new RegExp(`^${actionIds.choice}_\\d+$`);

/**
 * A "Did you mean" button under a not-found or clarify answer → that question asked for the person who clicked,
 * answered where the answer was: in its thread (as the thread's next question, repeated above the answer), or privately through the response URL when the answer was private (`/perf`, the message shortcut).
 */
export function register(app: App, dependencies: ListenerDependencies): void {
  app.action(choicePattern, async ({ ack, body, respond, client }) => {
    await ack();
    const click = readButtonClick(body);
    if (click === null || click.channel === null) return;
    const channel = click.channel;
    const privately = click.threadTs === null || click.value.thread !== undefined;
    const conversation = privately ? `perf:${channel}:${click.user}` : `${channel}:${click.threadTs}`;
    const reply = await dependencies.respond(
      { text: click.value.question, user: click.user, channel, conversation },
      { shareable: privately, showQuestion: true },
    );
    if (privately || (reply.kind === "notice" && reply.onlyForAsker)) {
      await dependencies.sendReply(
        (posted) => respond({ response_type: "ephemeral", replace_original: false, ...posted }),
        reply.message,
        `the chosen question's answer for ${click.user}`,
      );
      return;
    }
    const threadTs = click.threadTs as string;
    const sent = await dependencies.sendReply(
      (posted) => client.chat.postMessage({ channel, thread_ts: threadTs, ...posted }),
      reply.message,
      `the chosen question's answer in ${channel}`,
    );
    if (sent && reply.kind === "answer") {
      dependencies.answeredThreads.set(conversation, true);
      await uploadChart(client, { channel, threadTs }, reply, dependencies.logger);
    }
  });
}
