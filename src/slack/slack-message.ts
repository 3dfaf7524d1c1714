import type { types } from "@slack/bolt";

/** What the bot sends: Block Kit blocks and the plain `text` Slack shows in notifications and where blocks cannot render. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: types.KnownBlock[];
}

/** A short message of the bot's own wording (already mrkdwn): one section, the same text as fallback. */
export function noticeMessage(mrkdwn: string): SlackMessage {
  return { text: mrkdwn, blocks: [{ type: "section", text: { type: "mrkdwn", text: mrkdwn } }] };
}
