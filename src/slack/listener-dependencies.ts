import type { Logger } from "@slack/bolt";
import type { Answer } from "../answer/answer.js";
import type { Plan } from "../answer/plan.js";
import type { FeedbackEntry } from "./append-feedback.js";
import type { BoundedMap } from "./bounded-map.js";
import type { QuestionResponder } from "./create-question-responder.js";
import type { SlackMessage } from "./slack-message.js";
import type { ReportSummary } from "./summarise-catalogue.js";

/** What every listener's `register(app, dependencies)` is handed by `createSlackApp`. */
export interface ListenerDependencies {
  readonly respond: QuestionResponder;
  readonly plans: BoundedMap<string, Plan>;
  readonly answers: BoundedMap<string, Answer>;
  readonly summaries: readonly ReportSummary[];
  readonly examples: readonly string[];
  readonly help: () => SlackMessage;
  readonly recordFeedback: (entry: FeedbackEntry) => Promise<void>;
  readonly now: () => Date;
  readonly logger: Logger;
}
