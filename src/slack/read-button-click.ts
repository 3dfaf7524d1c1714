import { buttonValueSchema, type ButtonValue } from "./button-value.js";
import { blockActionSchema } from "./slack-payloads.js";

/** A click on one of the bot's buttons, as the listeners need it. */
export interface ButtonClick {
  readonly actionId: string;
  readonly user: string;
  readonly channel: string | null;
  readonly value: ButtonValue;
  /** The clicked message's fallback text; absent for ephemeral messages, which Slack does not send back. */
  readonly messageText: string | null;
  /** The clicked message's ts (ephemeral messages included). */
  readonly messageTs: string | null;
  /** The thread the clicked message is in (its own ts when it is top level); null for an ephemeral message. */
  readonly threadTs: string | null;
  /** For opening a modal in answer to the click. */
  readonly triggerId: string | null;
}

/** Reads a `block_actions` body through zod; null when it is not a click on one of the bot's buttons. */
export function readButtonClick(body: unknown): ButtonClick | null {
  const parsed = blockActionSchema.safeParse(body);
  if (!parsed.success) return null;
  const [action] = parsed.data.actions;
  if (action === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(action.value);
  } catch {
    return null;
  }
  const button = buttonValueSchema.safeParse(value);
  if (!button.success) return null;
  return {
    actionId: action.action_id,
    user: parsed.data.user.id,
    channel: parsed.data.channel?.id ?? parsed.data.container?.channel_id ?? null,
    value: button.data,
    messageText: parsed.data.message?.text ?? null,
    messageTs: parsed.data.message?.ts ?? parsed.data.container?.message_ts ?? null,
    threadTs: parsed.data.message?.thread_ts ?? parsed.data.message?.ts ?? null,
    triggerId: parsed.data.trigger_id ?? null,
  };
}
