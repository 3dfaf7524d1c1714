/** The `action_id`s of the bot's buttons: the renderer puts them on buttons, the listeners match on them. */
export const actionIds = {
  helpful: "feedback_helpful",
  notHelpful: "feedback_not_helpful",
  share: "share_answer",
} as const;
