import { z } from "zod";

/**
 * The fields of Slack payloads the bot reads, checked at the boundary (Bolt's own types are wide unions).
 * Unknown fields pass through untouched; a payload missing a field the bot needs is ignored, not crashed on.
 */
export const messageEventSchema = z.object({
  type: z.enum(["message", "app_mention"]),
  channel: z.string(),
  user: z.string().optional(),
  text: z.string().default(""),
  ts: z.string(),
  thread_ts: z.string().optional(),
  channel_type: z.string().optional(),
  subtype: z.string().optional(),
  bot_id: z.string().optional(),
});
export type MessageEvent = z.infer<typeof messageEventSchema>;

export const appHomeOpenedEventSchema = z.object({
  type: z.literal("app_home_opened"),
  user: z.string(),
  tab: z.string().optional(),
  /** The app's DM with the person. */
  channel: z.string().optional(),
});

export const slashCommandSchema = z.object({
  text: z.string().default(""),
  user_id: z.string(),
  channel_id: z.string(),
});

export const blockActionSchema = z.object({
  user: z.object({ id: z.string() }),
  channel: z.object({ id: z.string() }).optional(),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().default("") })).min(1),
  message: z
    .object({ text: z.string().optional(), ts: z.string().optional(), thread_ts: z.string().optional() })
    .optional(),
  /** Where the clicked message is; the only place an ephemeral message's ts is given. */
  container: z.object({ message_ts: z.string().optional(), channel_id: z.string().optional() }).optional(),
  trigger_id: z.string().optional(),
  response_url: z.string().optional(),
});

/** A message shortcut run on a message: whose, where, and the message's text and thread. */
export const messageShortcutSchema = z.object({
  type: z.literal("message_action"),
  callback_id: z.string(),
  user: z.object({ id: z.string() }),
  channel: z.object({ id: z.string() }),
  message: z.object({ text: z.string().default(""), ts: z.string(), thread_ts: z.string().optional() }),
  response_url: z.string().optional(),
});

/** The 👎 reason modal's submission: the choice, the words, and what the modal was opened for. */
export const feedbackSubmissionSchema = z.object({
  user: z.object({ id: z.string() }),
  view: z.object({
    private_metadata: z.string(),
    state: z.object({
      values: z.record(
        z.string(),
        z.record(
          z.string(),
          z.object({
            selected_option: z.object({ value: z.string() }).nullable().optional(),
            value: z.string().nullable().optional(),
          }),
        ),
      ),
    }),
  }),
});

/** Messages from people only: not bots (ours or others'), not edits, joins or other subtypes. */
export function isFromPerson(message: MessageEvent): message is MessageEvent & { user: string } {
  return message.user !== undefined && message.bot_id === undefined && message.subtype === undefined;
}
