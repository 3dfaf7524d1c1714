import type { Logger } from "@slack/bolt";
import type { WebClient } from "@slack/web-api";
import type { Reply } from "./create-question-responder.js";
import { slackErrorCode } from "./slack-error-code.js";

/** Slack's limit on a file's alt text. */
const maxAltText = 1000;

/**
 * Uploads an answer's chart into its thread, after the answer (`files.uploadV2`: `files.getUploadURLExternal`, the
 * upload, `files.completeUploadExternal`), with alt text that states the figures. A refusal is logged; the answer
 * already posted stands on its own.
 */
export async function uploadChart(
  client: WebClient,
  target: { readonly channel: string; readonly threadTs: string },
  reply: Reply,
  logger: Logger,
): Promise<void> {
  if (reply.kind !== "answer" || reply.chart === null) return;
  const { chart } = reply;
  try {
    await client.filesUploadV2({
      channel_id: target.channel,
      thread_ts: target.threadTs,
      file: chart.png,
      filename: chart.filename,
      title: chart.title,
      alt_text: chart.altText.length > maxAltText ? `${chart.altText.slice(0, maxAltText - 1)}…` : chart.altText,
    });
  } catch (error) {
    const code = slackErrorCode(error);
    logger.warn(
      `Slack refused the chart for the answer in ${target.channel} (${code})${code === "missing_scope" ? ": add the files:write scope to the app (slack/manifest.json has it)" : ""}; the answer was posted without it.`,
    );
  }
}
