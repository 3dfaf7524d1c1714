import { App, type Logger } from "@slack/bolt";
import type { Answer, AskQuestion } from "../answer/answer.js";
import type { Plan } from "../answer/plan/plan.js";
import type { ChartImage } from "../chart/draw-chart-image.js";
import { openFeedbackStore, type FeedbackStore } from "../store/open-feedback-store.js";
import { BoundedMap } from "./bounded-map.js";
import { createQuestionResponder } from "./create-question-responder.js";
import { createRateLimiter } from "./create-rate-limiter.js";
import { createReplySender } from "./create-reply-sender.js";
import { dropDuplicateEvents } from "./drop-duplicate-events.js";
import { exampleQuestions } from "./example-questions.js";
import type { ListenerDependencies } from "./listener-dependencies.js";
import { register as registerAppHome } from "./listeners/app-home.js";
import { register as registerAppMention } from "./listeners/app-mention.js";
import { register as registerAssistantPanel } from "./listeners/assistant-panel.js";
import { register as registerChannelThread } from "./listeners/channel-thread.js";
import { register as registerDirectMessage } from "./listeners/direct-message.js";
import { register as registerFeedbackButtons } from "./listeners/feedback-buttons.js";
import { register as registerFeedbackModal } from "./listeners/feedback-modal.js";
import { register as registerMessageShortcut } from "./listeners/message-shortcut.js";
import { register as registerPerfCommand } from "./listeners/perf-command.js";
import { register as registerShareButton } from "./listeners/share-button.js";
import { register as registerChoiceButtons } from "./listeners/choice-buttons.js";
import { renderHelp } from "./render-help.js";
import type { SlackConfig } from "./slack-config.js";
import { summariseCatalogue, type Catalogue } from "./summarise-catalogue.js";
import { trackPendingWork } from "./track-pending-work.js";

export interface SlackAppDependencies {
  readonly config: SlackConfig;
  readonly ask: AskQuestion;
  /** Draws an answer's chart for its thread; absent, no charts are posted. */
  readonly drawChart?: (question: string, answer: Answer) => Promise<ChartImage | null>;
  readonly catalogue: Catalogue;
  /** A Bolt logger; `startSlackApp` passes one that redacts the tokens. */
  readonly logger: Logger;
  readonly now?: () => Date;
  /** Where feedback goes; by default the SQLite file at `config.feedbackPath`, opened on the first click. */
  readonly feedbackStore?: FeedbackStore;
}

export interface SlackApp {
  readonly app: App;
  /** Resolves when every request received so far has been answered. */
  settle(): Promise<void>;
  /** Closes what the app opened itself (the feedback store). */
  close(): void;
}

/** How many event ids, thread plans and answers the bot remembers; the oldest are forgotten first. */
const memoryCapacity = { events: 5000, plans: 2000, answers: 2000, threads: 5000, greeted: 10_000 } as const;

/** The Web API client gives up after a few seconds rather than Bolt's default half hour: a late answer is no answer. */
const retryConfig = { retries: 3, factor: 2, minTimeout: 250, maxTimeout: 2000 };

/**
 * Builds the Bolt app (Socket Mode or HTTP at `/slack/events`, per the config) with every listener registered.
 * Initialisation is deferred: call `app.init()` (which checks the token with `auth.test`) before `app.start()`.
 */
export function createSlackApp(dependencies: SlackAppDependencies): SlackApp {
  const { config, logger } = dependencies;
  const now = dependencies.now ?? (() => new Date());
  const app = new App({
    token: config.botToken,
    deferInitialization: true,
    logger,
    convoStore: false,
    clientOptions: { ...(config.apiUrl === null ? {} : { slackApiUrl: config.apiUrl }), retryConfig, timeout: 15_000 },
    ...(config.mode === "socket"
      ? { socketMode: true, appToken: config.appToken ?? undefined }
      : {
          signingSecret: config.signingSecret ?? undefined,
          endpoints: "/slack/events",
          customRoutes: [
            {
              path: "/healthz",
              method: ["GET"],
              handler: (_request, response) => {
                response.writeHead(200, { "content-type": "text/plain" });
                response.end("ok");
              },
            },
          ],
        }),
  });

  const pending = trackPendingWork();
  app.use(pending.middleware);
  // Before the assistant middleware, which would otherwise answer a redelivered DM thread message again.
  app.use(dropDuplicateEvents({ seen: new BoundedMap<string, true>(memoryCapacity.events), logger }));

  const summaries = summariseCatalogue(dependencies.catalogue);
  const examples = exampleQuestions(dependencies.catalogue);
  const help = () => renderHelp(summaries, examples);
  let openedStore: FeedbackStore | null = null;
  const feedbackStore = () => dependencies.feedbackStore ?? (openedStore ??= openFeedbackStore(config.feedbackPath));
  const plans = new BoundedMap<string, Plan>(memoryCapacity.plans);
  const answers = new BoundedMap<string, Answer>(memoryCapacity.answers);
  const listenerDependencies: ListenerDependencies = {
    respond: createQuestionResponder({
      ask: dependencies.ask,
      ...(dependencies.drawChart === undefined ? {} : { drawChart: dependencies.drawChart }),
      help,
      rateLimiter: createRateLimiter({ limitPerMinute: config.rateLimitPerMinute, now: () => now().getTime() }),
      allowedChannels: config.allowedChannels,
      maxQuestionLength: config.maxQuestionLength,
      plans,
      answers,
      logger,
    }),
    sendReply: createReplySender({ logger }),
    streaming: { enabled: true },
    plans,
    answers,
    answeredThreads: new BoundedMap<string, true>(memoryCapacity.threads),
    greeted: new BoundedMap<string, true>(memoryCapacity.greeted),
    summaries,
    examples,
    help,
    feedback: {
      record: (entry) => feedbackStore().record(entry),
      addReason: (id, reason, comment) => feedbackStore().addReason(id, reason, comment),
    },
    now,
    logger,
  };
  for (const register of [
    registerAssistantPanel,
    registerAppMention,
    registerDirectMessage,
    registerChannelThread,
    registerPerfCommand,
    registerAppHome,
    registerFeedbackButtons,
    registerFeedbackModal,
    registerMessageShortcut,
    registerShareButton,
    registerChoiceButtons,
  ]) {
    register(app, listenerDependencies);
  }
  return { app, settle: () => pending.settle(), close: () => openedStore?.close() };
}
