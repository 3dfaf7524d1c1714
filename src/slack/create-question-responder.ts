import { randomBytes, randomUUID } from "node:crypto";
import type { Logger } from "@slack/bolt";
import type { Answer, AskQuestion } from "../answer/answer.js";
import type { Plan } from "../answer/plan/plan.js";
import type { ChartImage } from "../chart/draw-chart-image.js";
import type { BoundedMap } from "./bounded-map.js";
import { cleanQuestionText } from "./clean-question-text.js";
import type { RateLimiter } from "./create-rate-limiter.js";
import { renderAnswerBlocks } from "./render-answer-blocks.js";
import { noticeMessage, type SlackMessage } from "./slack-message.js";

/** A question as a listener received it. */
export interface IncomingQuestion {
  /** The message text as Slack sent it (mentions, entities and all). */
  readonly text: string;
  readonly user: string;
  readonly channel: string;
  /** Key of the conversation the question continues ("C123:1700000000.000100"): its last plan is the follow-up context. */
  readonly conversation: string;
}

/** What to send back: an answer (with its id, for the buttons) or a notice of the bot's own. */
export type Reply =
  | {
      readonly kind: "answer";
      readonly answer: Answer;
      readonly answerId: string;
      readonly message: SlackMessage;
      /** The answer's chart, drawn, to upload into the thread after it; null when it has none. */
      readonly chart: ChartImage | null;
    }
  | { readonly kind: "notice"; readonly message: SlackMessage; readonly onlyForAsker: boolean };

/** `shareable` adds "Share in channel"; `showQuestion` repeats the question above the answer (where no message shows it). */
export type QuestionResponder = (
  question: IncomingQuestion,
  options: { readonly shareable: boolean; readonly showQuestion?: boolean },
) => Promise<Reply>;

export interface QuestionResponderDependencies {
  readonly ask: AskQuestion;
  readonly help: () => SlackMessage;
  readonly rateLimiter: RateLimiter;
  readonly allowedChannels: readonly string[] | null;
  readonly maxQuestionLength: number;
  /** The last plan of each conversation, for follow-ups. */
  readonly plans: BoundedMap<string, Plan>;
  /** Recent answers by id, for the feedback and share buttons. */
  readonly answers: BoundedMap<string, Answer>;
  readonly logger: Logger;
  /** Draws an answer's chart (a trend, ratings per report); absent or null, the answer goes without one. */
  readonly drawChart?: (question: string, answer: Answer) => Promise<ChartImage | null>;
  readonly createAnswerId?: () => string;
  readonly createReference?: () => string;
}

/**
 * The one path every surface (mention, DM, assistant panel, `/perf`) takes from a question to a reply:
 * checks the channel, the length and the asker's rate, asks the engine with the conversation's previous plan,
 * remembers the new plan and the answer, and renders it. An engine failure becomes an apology with a reference id,
 * the detail going to the log only.
 */
export function createQuestionResponder(dependencies: QuestionResponderDependencies): QuestionResponder {
  const createAnswerId = dependencies.createAnswerId ?? (() => randomUUID());
  const createReference = dependencies.createReference ?? (() => randomBytes(4).toString("hex"));
  const privateNotice = (mrkdwn: string): Reply => ({
    kind: "notice",
    message: noticeMessage(mrkdwn),
    onlyForAsker: true,
  });

  return async (question, { shareable, showQuestion = false }) => {
    const text = cleanQuestionText(question.text);
    if (text === "") return { kind: "notice", message: dependencies.help(), onlyForAsker: false };
    // Direct messages are private to the asker, so the channel allow-list is about shared channels only.
    const isDirect = question.channel.startsWith("D");
    if (
      !isDirect &&
      dependencies.allowedChannels !== null &&
      !dependencies.allowedChannels.includes(question.channel)
    ) {
      return privateNotice(
        "I'm not set up to answer in this channel. Message me directly, or ask in one of the channels I serve.",
      );
    }
    if (text.length > dependencies.maxQuestionLength) {
      return privateNotice(
        `That question is ${text.length} characters long; I take up to ${dependencies.maxQuestionLength}. Could you ask it more briefly, one thing at a time?`,
      );
    }
    if (!dependencies.rateLimiter.allow(question.user)) {
      return privateNotice("You've asked a lot of questions in the last minute — please wait a moment and ask again.");
    }

    const previousPlan = dependencies.plans.get(question.conversation) ?? null;
    let answer: Answer;
    try {
      answer = await dependencies.ask(text, { previousPlan });
    } catch (error) {
      const reference = createReference();
      dependencies.logger.error(
        `Answering failed (reference ${reference}) for ${question.user} in ${question.channel}:`,
        error,
      );
      return {
        kind: "notice",
        message: noticeMessage(
          `:sweat_smile: Sorry — something went wrong while I was looking through the reports. Please try again in a moment; if it keeps happening, quote reference \`${reference}\`.`,
        ),
        onlyForAsker: false,
      };
    }
    dependencies.plans.set(question.conversation, answer.plan);
    const answerId = createAnswerId();
    dependencies.answers.set(answerId, answer);
    let chart: ChartImage | null = null;
    try {
      chart = dependencies.drawChart ? await dependencies.drawChart(text, answer) : null;
    } catch (error) {
      dependencies.logger.warn(`Drawing the chart failed for "${text}"; answering without it:`, error);
    }
    return {
      kind: "answer",
      answer,
      answerId,
      chart,
      message: renderAnswerBlocks(answer, { answerId, shareable, showQuestion }),
    };
  };
}
