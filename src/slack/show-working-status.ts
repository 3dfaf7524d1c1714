import type { Logger } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";

/** What the thread shows while the engine works: a status, and loading messages Slack rotates through. */
export const workingStatus = {
  status: "is looking through the reports…",
  loading_messages: [
    "Reading your question…",
    "Finding the figures in the reports…",
    "Checking each figure against its report…",
  ],
} as const;

/**
 * Shows "is looking through the reports…" in a thread (`assistant.threads.setStatus`, chat:write); Slack clears it
 * when the reply is posted, or after two minutes. Decoration only: where Slack refuses it (a thread that is not an
 * app thread, an older workspace) the refusal is logged at debug level and the answer still goes.
 */
export async function showWorkingStatus(
  client: WebClient,
  channel: string,
  threadTs: string,
  logger: Logger,
): Promise<void> {
  try {
    await client.assistant.threads.setStatus({
      channel_id: channel,
      thread_ts: threadTs,
      ...workingStatus,
      loading_messages: [...workingStatus.loading_messages],
    });
  } catch (error) {
    logger.debug(`Could not set the working status in ${channel}:`, error);
  }
}
