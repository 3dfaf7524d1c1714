import type { Logger } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import { answerSteps } from "./answer-steps.js";
import type { Reply } from "./create-question-responder.js";
import type { SendReply } from "./create-reply-sender.js";
import { showWorkingStatus } from "./show-working-status.js";
import { uploadChart } from "./upload-chart.js";
import { slackErrorCode } from "./slack-error-code.js";

/** Whether Slack's streaming methods work for this app; switched off at the first refusal, for the process's life. */
export interface StreamingSwitch {
  enabled: boolean;
}

export interface ThreadTarget {
  readonly channel: string;
  readonly threadTs: string;
  readonly user: string;
  readonly teamId: string | undefined;
}

const startText = "_Looking through the reports…_\n";

/**
 * Replies in a private thread (a DM, the agent view) while `work` produces the reply. Where Slack's streaming API is
 * available (`chat.startStream` / `appendStream` / `stopStream`, through the Web API client's `chatStream`), the reply
 * opens at once with "Looking through the reports…", streams the steps once the answer is finished and checked, and
 * ends with the answer's blocks; otherwise a working status shows and the answer is posted. A refused stream falls
 * back to posting, so the answer always goes.
 */
export async function deliverInThread(
  client: WebClient,
  target: ThreadTarget,
  work: () => Promise<Reply>,
  dependencies: { readonly sendReply: SendReply; readonly logger: Logger; readonly streaming: StreamingSwitch },
): Promise<Reply> {
  const { logger } = dependencies;
  const stream = dependencies.streaming.enabled
    ? client.chatStream({
        channel: target.channel,
        thread_ts: target.threadTs,
        recipient_user_id: target.user,
        ...(target.teamId === undefined ? {} : { recipient_team_id: target.teamId }),
        buffer_size: 4000,
      })
    : null;
  let streaming = false;
  if (stream !== null) {
    try {
      await stream.append({ chunks: [{ type: "markdown_text", text: startText }] });
      streaming = true;
    } catch (error) {
      dependencies.streaming.enabled = false;
      logger.info(
        `Slack refused chat.startStream (${slackErrorCode(error)}): answering with a working status instead.`,
      );
    }
  }
  if (!streaming) await showWorkingStatus(client, target.channel, target.threadTs, logger);
  const reply = await work();
  if (stream !== null && streaming) {
    const steps = reply.kind === "answer" ? answerSteps(reply.answer) : [];
    try {
      if (steps.length > 0)
        await stream.append({
          chunks: [{ type: "markdown_text", text: `${steps.map((step) => `• ${step}`).join("\n")}\n` }],
        });
      await stream.stop({ blocks: reply.message.blocks });
      await uploadChart(client, { channel: target.channel, threadTs: target.threadTs }, reply, logger);
      return reply;
    } catch (error) {
      logger.warn(
        `Slack refused the end of a streamed answer in ${target.channel} (${slackErrorCode(error)}): posting it instead.`,
      );
      try {
        await stream.stop();
      } catch {
        // Already stopped, or the stream is gone: the answer is posted below either way.
      }
    }
  }
  await dependencies.sendReply(
    (posted) => client.chat.postMessage({ channel: target.channel, thread_ts: target.threadTs, ...posted }),
    reply.message,
    `the answer in ${target.channel}`,
  );
  await uploadChart(client, { channel: target.channel, threadTs: target.threadTs }, reply, logger);
  return reply;
}
