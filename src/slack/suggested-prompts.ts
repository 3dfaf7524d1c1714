/** Slack shows at most four suggested prompts. */
const promptLimit = 4;

/** The greeting in a new agent conversation (the app's Messages tab) or assistant thread. */
export const greetingText =
  "Hi! Ask me about the council's performance reports — I give the exact figures with their period, target and rating, the commentary behind them, and say so when something is not in the reports.";

/** The example questions as Slack's suggested prompts (at most four), for `assistant.threads.setSuggestedPrompts`. */
export function suggestedPrompts(examples: readonly string[]): {
  title: string;
  prompts: { title: string; message: string }[];
} {
  return {
    title: "Try asking",
    prompts: examples.slice(0, promptLimit).map((example) => ({ title: example, message: example })),
  };
}
