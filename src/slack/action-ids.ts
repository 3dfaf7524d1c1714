/** The `action_id`s and `callback_id`s of the bot's controls: the renderers put them on, the listeners match on them. */
export const actionIds = {
  /** Slack's own 👍/👎 (`feedback_buttons` in a `context_actions` block). */
  feedback: "answer_feedback",
  share: "share_answer",
  /** "Did you mean" buttons under a not-found or clarify answer, numbered (`ask_choice_0`…): a click asks that question. */
  choice: "ask_choice",
  /** The 👎 reason modal. */
  feedbackReason: "feedback_reason",
  /** The message shortcut "Ask performance reports" (also in slack/manifest.json). */
  askShortcut: "ask_performance_reports",
} as const;
