import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSlackConfig } from "../../src/slack/slack-config.js";
import { startSlackApp, type RunningSlackApp } from "../../src/slack/start-slack-app.js";
import { catalogue, createScriptedEngine, potholesAnswer } from "../support/answer-fixtures.js";
import { blockText } from "../support/block-text.js";
import { startFakeSlackApi, type FakeSlackApi } from "../support/fake-slack-api.js";
import { startFakeSocketModeServer, type FakeSocketModeServer } from "../support/fake-socket-mode-server.js";
import { eventEnvelope } from "../support/slack-requests.js";
import { testSecrets, type LogLine } from "../support/start-test-slack-app.js";
import { waitUntil } from "../support/wait-until.js";

const appToken = "xapp-1-A0PERF-3333-test-app-token";
const question = "How many potholes have been repaired?";
let count = 0;
const nextTs = () => `1762000000.${String(++count).padStart(6, "0")}`;
const mention = (text: string) => {
  const ts = nextTs();
  return { type: "app_mention", user: "U0MANAGER", text: `<@UBOT> ${text}`, ts, event_ts: ts, channel: "C0HIGHWAYS" };
};

describe("the Slack bot in Socket Mode, against a local WebSocket server standing in for Slack", () => {
  const engine = createScriptedEngine((asked) => potholesAnswer(asked));
  const logs: LogLine[] = [];
  let api: FakeSlackApi;
  let socket: FakeSocketModeServer;
  let bot: RunningSlackApp;
  let folder: string;

  beforeAll(async () => {
    socket = await startFakeSocketModeServer();
    api = await startFakeSlackApi({ botToken: testSecrets.botToken, appToken });
    api.setSocketUrl(socket.url);
    folder = await mkdtemp(join(tmpdir(), "socket-mode-"));
    const config = parseSlackConfig({
      SLACK_BOT_TOKEN: testSecrets.botToken,
      SLACK_APP_TOKEN: appToken,
      SLACK_API_URL: api.apiUrl,
      SLACK_RATE_LIMIT_PER_MINUTE: "0",
      FEEDBACK_PATH: join(folder, "feedback.sqlite"),
    });
    const record = (level: LogLine["level"]) => (line: string) => void logs.push({ level, line });
    bot = await startSlackApp({
      config,
      ask: engine.ask,
      catalogue,
      logger: { debug: record("debug"), info: record("info"), warn: record("warn"), error: record("error") },
    });
  }, 30_000);
  afterAll(async () => {
    await bot?.stop();
    await socket?.close();
    await api?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it("connects with the app token through apps.connections.open and logs that it runs in Socket Mode", async () => {
    await socket.waitForConnections(1);
    const open = api.callsTo("apps.connections.open");
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(open[0]?.token).toBe(appToken);
    expect(bot.port).toBeNull();
    expect(logs.some((entry) => entry.line.startsWith("Slack bot running in Socket Mode · 2 reports loaded"))).toBe(
      true,
    );
  });

  it("acks an event envelope within 3 s and posts the answer in the mention's thread", async () => {
    const event = mention(question);
    const envelope = socket.send("events_api", eventEnvelope(event));
    expect(await socket.waitForAck(envelope)).toBeLessThan(3000);
    const reply = await api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === event.ts);
    expect(blockText(reply.body.blocks)).toContain("28,024");
  });

  it("answers a redelivered envelope (same event_id, retry_attempt 1) once, acking both", async () => {
    const event = mention(question);
    const body = eventEnvelope(event);
    const first = socket.send("events_api", body);
    await socket.waitForAck(first);
    await api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === event.ts);
    const again = socket.send("events_api", body, { retryAttempt: 1 });
    expect(await socket.waitForAck(again)).toBeLessThan(3000);
    await waitUntil(
      () => logs.some((entry) => entry.line.includes(`Ignored a repeat delivery of event ${body.event_id}`)),
      () => "the repeat-delivery log line",
    );
    expect(api.callsTo("chat.postMessage").filter((call) => call.body.thread_ts === event.ts)).toHaveLength(1);
  });

  it("acks a /perf slash command and answers it through its response URL", async () => {
    const envelope = socket.send("slash_commands", {
      token: "legacy-verification-token",
      team_id: "T0COUNCIL",
      api_app_id: "A0PERF",
      command: "/perf",
      text: question,
      user_id: "U0MANAGER",
      channel_id: "C0HIGHWAYS",
      response_url: api.responseUrl("socket-perf"),
      trigger_id: "1.2.3",
    });
    expect(await socket.waitForAck(envelope)).toBeLessThan(3000);
    const answer = await api.waitForCall(
      "response_url",
      (call) => call.path === "/response/socket-perf" && call.body.replace_original === true,
    );
    expect(blockText(answer.body.blocks)).toContain("28,024");
  });

  it("reconnects after the server drops the socket, and answers on the new connection", async () => {
    const before = socket.connectionCount;
    const opens = api.callsTo("apps.connections.open").length;
    socket.dropConnections();
    await socket.waitForConnections(before + 1);
    expect(api.callsTo("apps.connections.open").length).toBeGreaterThan(opens);
    const event = mention(question);
    const envelope = socket.send("events_api", eventEnvelope(event));
    expect(await socket.waitForAck(envelope)).toBeLessThan(3000);
    await api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === event.ts);
  }, 30_000);

  it("never writes the bot or app token to the log", () => {
    for (const entry of logs) {
      expect(entry.line).not.toContain(testSecrets.botToken);
      expect(entry.line).not.toContain(appToken);
    }
  });
});
