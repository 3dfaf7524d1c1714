import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/engine/create-engine.js";
import { blockText } from "../support/block-text.js";
import { eventEnvelope, sendCommand, sendEvent } from "../support/slack-requests.js";
import { startTestSlackApp, type TestSlackApp } from "../support/start-test-slack-app.js";

describe("the Slack bot on the real offline engine", () => {
  let engine: Engine;
  let bot: TestSlackApp;
  beforeAll(async () => {
    engine = await createEngine();
    bot = await startTestSlackApp({ ask: engine.ask, catalogue: engine.records });
  });
  afterAll(async () => {
    await bot?.stop();
    engine?.close();
  });

  it("answers a signed app_mention about potholes in its thread with 28,024, its period and the data-cleansing caveat", async () => {
    const ts = "1762000000.000100";
    await sendEvent(
      bot.target,
      eventEnvelope({
        type: "app_mention",
        user: "U0MANAGER",
        text: "<@UBOT> How many potholes have been repaired?",
        ts,
        event_ts: ts,
        channel: "C0HIGHWAYS",
      }),
    );
    const reply = await bot.api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === ts);
    expect(reply.body.channel).toBe("C0HIGHWAYS");
    const text = blockText(reply.body.blocks);
    expect(text).toContain("28,024");
    expect(text).toContain("Quarter 2 2025-26 YTD");
    expect(text).toMatch(
      /:warning: [^\n]*Due to ongoing data cleansing, this data may change and should be treated as an approximation only/,
    );
    expect(text).toContain("Q2 2025-26 report · SO-12");
  });

  it("lists the real reports with their objectives counted by rating in /perf reports", async () => {
    await sendCommand(bot.target, {
      text: "reports",
      user_id: "U0MANAGER",
      channel_id: "C0HIGHWAYS",
      response_url: bot.api.responseUrl("real-reports"),
    });
    const reports = await bot.api.waitForCall("response_url", (call) => call.path === "/response/real-reports");
    expect(reports.body.text).toContain("*Q2 2025-26* — Performance Report Quarter 2 2025 to 2026 · 25 objectives");
    expect(reports.body.text).toContain("*2024-25 year-end* — Performance Report 2024-25 Year End · 33 objectives");
  });
});
