import type { AddressInfo } from "node:net";
import type { Answer, AskQuestion } from "../answer/answer.js";
import type { ChartImage } from "../chart/draw-chart-image.js";
import type { FeedbackStore } from "../store/open-feedback-store.js";
import { createRedactingLogger, type LineLogger } from "./create-redacting-logger.js";
import { createSlackApp } from "./create-slack-app.js";
import { redactSecrets } from "./redact-secrets.js";
import type { SlackConfig } from "./slack-config.js";
import { summariseCatalogue, type Catalogue } from "./summarise-catalogue.js";

export interface StartSlackAppOptions {
  readonly config: SlackConfig;
  readonly ask: AskQuestion;
  /** Draws an answer's chart for its thread; absent, no charts are posted. */
  readonly drawChart?: (question: string, answer: Answer) => Promise<ChartImage | null>;
  readonly catalogue: Catalogue;
  /** Where the start-up line and Bolt's logs go (`console` will do); tokens are redacted before they get there. */
  readonly logger: LineLogger;
  /** For the start-up line only: whether the engine was given an OpenAI key. */
  readonly openAiEnabled?: boolean;
  readonly now?: () => Date;
  readonly feedbackStore?: FeedbackStore;
}

export interface RunningSlackApp {
  /** The HTTP port listened on (useful with PORT=0); null in Socket Mode. */
  readonly port: number | null;
  /** Stops receiving, then waits for answers already on their way. */
  stop(): Promise<void>;
}

/**
 * Starts the Slack bot: checks the bot token with Slack (`auth.test`), opens the Socket Mode connection or the
 * HTTP endpoint, and logs one start-up line (mode, reports loaded, whether OpenAI is on).
 * Rejects with a one-line message when Slack refuses the token or cannot be reached.
 */
export async function startSlackApp(options: StartSlackAppOptions): Promise<RunningSlackApp> {
  const { config } = options;
  const secrets = [config.botToken, config.appToken, config.signingSecret].filter(
    (secret): secret is string => secret !== null,
  );
  const logger = createRedactingLogger(options.logger, secrets);
  const { app, settle, close } = createSlackApp({
    config,
    ask: options.ask,
    ...(options.drawChart === undefined ? {} : { drawChart: options.drawChart }),
    catalogue: options.catalogue,
    logger,
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.feedbackStore === undefined ? {} : { feedbackStore: options.feedbackStore }),
  });

  try {
    await app.init();
  } catch (error) {
    const where = config.apiUrl ?? "https://slack.com/api/";
    throw new Error(
      redactSecrets(`Slack did not accept SLACK_BOT_TOKEN (auth.test at ${where}): ${describe(error)}`, secrets),
    );
  }

  let port: number | null = null;
  if (config.mode === "http") {
    const server = await app.start(config.port);
    port = (server.address() as AddressInfo).port;
  } else {
    await app.start();
  }

  const reports = summariseCatalogue(options.catalogue);
  const where = config.mode === "http" ? `HTTP mode on port ${port} (POST /slack/events)` : "Socket Mode";
  const loaded =
    reports.length === 0
      ? "no reports loaded"
      : `${reports.length} report${reports.length === 1 ? "" : "s"} loaded (${reports.map((report) => report.label).join(", ")})`;
  logger.info(`Slack bot running in ${where} · ${loaded} · OpenAI ${options.openAiEnabled === true ? "on" : "off"}`);

  return {
    port,
    async stop() {
      await app.stop();
      await settle();
      close();
    },
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as Error & { data?: { error?: unknown } }).data?.error;
    return typeof code === "string" ? code : error.message;
  }
  return String(error);
}
