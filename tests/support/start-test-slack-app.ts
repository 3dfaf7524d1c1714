import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Answer, AskQuestion } from "../../src/answer/answer.js";
import type { ChartImage } from "../../src/chart/draw-chart-image.js";
import { parseSlackConfig } from "../../src/slack/slack-config.js";
import { startSlackApp } from "../../src/slack/start-slack-app.js";
import type { Catalogue } from "../../src/slack/summarise-catalogue.js";
import { catalogue as defaultCatalogue } from "./answer-fixtures.js";
import { startFakeSlackApi, type FakeSlackApi } from "./fake-slack-api.js";
import type { SlackTarget } from "./slack-requests.js";
import { waitUntil } from "./wait-until.js";

export const testSecrets = {
  botToken: "xoxb-1111-2222-test-bot-token",
  signingSecret: "8f3a2c9d-test-signing-secret",
} as const;

export interface LogLine {
  readonly level: "debug" | "info" | "warn" | "error";
  readonly line: string;
}

export interface TestSlackApp {
  readonly api: FakeSlackApi;
  readonly target: SlackTarget;
  readonly logs: LogLine[];
  readonly feedbackPath: string;
  waitForLog(matches: (line: LogLine) => boolean): Promise<LogLine>;
  /** Stops the bot (waiting for answers under way), then the fake API, and removes the temporary folder. */
  stop(): Promise<void>;
}

/**
 * The bot as `npm start` would run it in HTTP mode — config parsed from an environment, real Bolt, real listeners —
 * on a free port, talking to a fresh fake Slack Web API, with its log lines recorded.
 */
export async function startTestSlackApp({
  ask,
  environment = {},
  catalogue = defaultCatalogue,
  streaming = false,
  drawChart,
}: {
  ask: AskQuestion;
  /** Draws answers' charts for their threads; absent, none are posted. */
  drawChart?: (question: string, answer: Answer) => Promise<ChartImage | null>;
  environment?: Record<string, string>;
  catalogue?: Catalogue;
  /** Whether the fake Web API offers Slack's streaming methods. */
  streaming?: boolean;
}): Promise<TestSlackApp> {
  const api = await startFakeSlackApi({ botToken: testSecrets.botToken, streaming });
  const folder = await mkdtemp(join(tmpdir(), "slack-test-"));
  const feedbackPath = join(folder, "feedback.sqlite");
  const config = parseSlackConfig({
    SLACK_BOT_TOKEN: testSecrets.botToken,
    SLACK_SIGNING_SECRET: testSecrets.signingSecret,
    SLACK_MODE: "http",
    PORT: "0",
    SLACK_API_URL: api.apiUrl,
    FEEDBACK_PATH: feedbackPath,
    ...environment,
  });
  const logs: LogLine[] = [];
  const record = (level: LogLine["level"]) => (line: string) => void logs.push({ level, line });
  let running;
  try {
    running = await startSlackApp({
      config,
      ask,
      ...(drawChart === undefined ? {} : { drawChart }),
      catalogue,
      logger: { debug: record("debug"), info: record("info"), warn: record("warn"), error: record("error") },
      openAiEnabled: false,
    });
  } catch (error) {
    await api.close();
    await rm(folder, { recursive: true, force: true });
    throw error;
  }
  const app = running;
  return {
    api,
    target: { url: `http://127.0.0.1:${app.port}/slack/events`, signingSecret: testSecrets.signingSecret },
    logs,
    feedbackPath,
    async waitForLog(matches) {
      let found: LogLine | undefined;
      await waitUntil(
        () => (found = logs.find(matches)) !== undefined,
        () => `a log line; logged so far:\n${logs.map((entry) => entry.line).join("\n")}`,
      );
      return found as LogLine;
    },
    async stop() {
      await app.stop();
      await api.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
