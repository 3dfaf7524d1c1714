import { randomBytes } from "node:crypto";
import type { Logger } from "@slack/bolt";
import { slackErrorCode } from "./slack-error-code.js";
import type { SlackMessage } from "./slack-message.js";

/** One way of posting a message: `chat.postMessage` to a thread, `chat.postEphemeral`, a response URL… */
export type PostMessage = (message: { text: string; blocks?: SlackMessage["blocks"] }) => Promise<unknown>;

/**
 * Sends a reply; when Slack refuses it (`invalid_blocks`, `msg_too_long`, any `ok: false`, a response URL's error,
 * or an HTTP failure after the client's own retries), logs the Slack error code with a reference id and sends it
 * once more as plain text carrying that reference, so the asker is never left with nothing. Never throws.
 */
export type SendReply = (post: PostMessage, message: SlackMessage, where: string) => Promise<boolean>;

export function createReplySender({
  logger,
  createReference = () => randomBytes(4).toString("hex"),
}: {
  logger: Logger;
  createReference?: () => string;
}): SendReply {
  return async (post, message, where) => {
    try {
      await post({ text: message.text, blocks: message.blocks });
      return true;
    } catch (error) {
      const reference = createReference();
      logger.warn(
        `Slack refused ${where} (${slackErrorCode(error)}), reference ${reference}; sending it again as plain text.`,
      );
      try {
        await post({ text: plainTextRetry(message.text, reference) });
        return true;
      } catch (retryError) {
        logger.error(
          `Slack refused the plain-text retry of ${where} too (${slackErrorCode(retryError)}), reference ${reference}.`,
        );
        return false;
      }
    }
  };
}

/** Slack's advice for a readable `text`; the fallback text is kept within it, leaving room for the note. */
const plainTextLimit = 3800;

function plainTextRetry(text: string, reference: string): string {
  const body = text.length <= plainTextLimit ? text : `${text.slice(0, plainTextLimit - 1)}…`;
  return `${body}\n\n_(Shown without formatting: Slack could not display the full reply. Reference \`${reference}\`.)_`;
}
