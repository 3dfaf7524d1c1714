import type { types } from "@slack/bolt";
import { z } from "zod";
import type { FeedbackReason } from "../store/feedback-record.js";
import { actionIds } from "./action-ids.js";

/** The reasons offered, in the order a reader would check an answer. */
export const reasonLabels: Record<FeedbackReason, string> = {
  wrong_figure: "Wrong figure",
  wrong_period: "Wrong period",
  wrong_measure: "Wrong measure",
  missing_caveat: "Missing caveat",
  other: "Other",
};

/** What the modal remembers between opening and submission: which stored 👎 the reason belongs to. */
export const feedbackModalMetadataSchema = z.object({ feedbackId: z.number().int(), question: z.string() });
export type FeedbackModalMetadata = z.infer<typeof feedbackModalMetadataSchema>;

export const feedbackModalFields = {
  reasonBlock: "reason",
  reasonAction: "reason_choice",
  commentBlock: "comment",
  commentAction: "comment_text",
} as const;

/** The 👎 modal: a required choice of reason and an optional note, for the question quoted at the top. */
export function renderFeedbackModal(metadata: FeedbackModalMetadata): types.ModalView {
  const question = metadata.question.length > 280 ? `${metadata.question.slice(0, 279)}…` : metadata.question;
  return {
    type: "modal",
    callback_id: actionIds.feedbackReason,
    private_metadata: JSON.stringify({ ...metadata, question }),
    title: { type: "plain_text", text: "What was wrong?" },
    submit: { type: "plain_text", text: "Send" },
    close: { type: "plain_text", text: "Cancel" },
    blocks: [
      { type: "section", text: { type: "plain_text", text: `“${question}”` } },
      {
        type: "input",
        block_id: feedbackModalFields.reasonBlock,
        label: { type: "plain_text", text: "The answer had" },
        element: {
          type: "radio_buttons",
          action_id: feedbackModalFields.reasonAction,
          options: Object.entries(reasonLabels).map(([value, text]) => ({ value, text: { type: "plain_text", text } })),
        },
      },
      {
        type: "input",
        block_id: feedbackModalFields.commentBlock,
        optional: true,
        label: { type: "plain_text", text: "What should it have said?" },
        element: {
          type: "plain_text_input",
          action_id: feedbackModalFields.commentAction,
          multiline: true,
          max_length: 1000,
        },
      },
    ],
  };
}
