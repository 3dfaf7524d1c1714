import type { Logger } from "@slack/bolt";
import type { Answer } from "../answer/answer.js";
import type { Plan } from "../answer/plan/plan.js";
import type { FeedbackStore } from "../store/open-feedback-store.js";
import type { BoundedMap } from "./bounded-map.js";
import type { QuestionResponder } from "./create-question-responder.js";
import type { SendReply } from "./create-reply-sender.js";
import type { StreamingSwitch } from "./deliver-in-thread.js";
import type { SlackMessage } from "./slack-message.js";
import type { ReportSummary } from "./summarise-catalogue.js";

/** What every listener's `register(app, dependencies)` is handed by `createSlackApp`. */
export interface ListenerDependencies {
  readonly respond: QuestionResponder;
  /** Posts a reply, falling back to plain text (with a logged reference) when Slack refuses it. */
  readonly sendReply: SendReply;
  /** Whether replies in DMs are streamed (off after Slack's first refusal). */
  readonly streaming: StreamingSwitch;
  readonly plans: BoundedMap<string, Plan>;
  readonly answers: BoundedMap<string, Answer>;
  /** Channel threads the bot has answered in ("C123:1700000000.000100"): follow-ups there need no @mention. */
  readonly answeredThreads: BoundedMap<string, true>;
  /** People greeted in the app's Messages tab since the start, so opening it again does not greet again. */
  readonly greeted: BoundedMap<string, true>;
  readonly summaries: readonly ReportSummary[];
  readonly examples: readonly string[];
  readonly help: () => SlackMessage;
  /** Where 👍/👎 and their reasons are kept (SQLite). */
  readonly feedback: Pick<FeedbackStore, "record" | "addReason">;
  readonly now: () => Date;
  readonly logger: Logger;
}
