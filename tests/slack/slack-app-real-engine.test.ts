import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/engine/create-engine.js";
import { drawChartImage } from "../../src/chart/draw-chart-image.js";
import { blockText } from "../support/block-text.js";
import { decodePng } from "../support/decode-png.js";
import { actionIds } from "../../src/slack/action-ids.js";
import { eventEnvelope, sendCommand, sendEvent, sendInteraction } from "../support/slack-requests.js";
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
      eventEnvelope(mentionEvent("<@UBOT> How many potholes have been repaired?", ts, "C0HIGHWAYS")),
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

  it("offers the closest measure as a button under a not-found answer; a click answers it in the same thread", async () => {
    const ts = "1762000000.000200";
    await sendEvent(
      bot.target,
      eventEnvelope(mentionEvent("<@UBOT> How many potholes were repaired at the 2024-25 year end?", ts, "C0HIGHWAYS")),
    );
    const reply = await bot.api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === ts);
    expect(blockText(reply.body.blocks)).toContain("Not in the reports");
    const buttons = (
      reply.body.blocks as {
        type: string;
        elements?: { action_id?: string; value?: string; text?: { text: string } }[];
      }[]
    )
      .filter((block) => block.type === "actions")
      .flatMap((block) => block.elements ?? [])
      .filter((element) => element.action_id?.startsWith(actionIds.choice));
    expect(buttons.map((button) => [button.action_id, button.text?.text])).toEqual([
      ["ask_choice_0", "Number of potholes repaired"],
    ]);
    const replyTs = "1762000000.000201";
    await sendInteraction(bot.target, {
      type: "block_actions",
      user: { id: "U0CLICKER", username: "someone", team_id: "T0COUNCIL" },
      api_app_id: "A0PERF",
      token: "legacy-verification-token",
      container: { type: "message", message_ts: replyTs, channel_id: "C0HIGHWAYS", is_ephemeral: false },
      trigger_id: "1.2.3",
      team: { id: "T0COUNCIL", domain: "council" },
      channel: { id: "C0HIGHWAYS", name: "highways" },
      message: { type: "message", text: "", user: "UBOT", bot_id: "BBOT", ts: replyTs, thread_ts: ts },
      response_url: bot.api.responseUrl("choice-click"),
      actions: [
        {
          action_id: "ask_choice_0",
          block_id: "b1",
          value: buttons[0]?.value ?? "",
          type: "button",
          action_ts: replyTs,
        },
      ],
    });
    const chosen = await bot.api.waitForCall(
      "chat.postMessage",
      (call) => call.body.thread_ts === ts && blockText(call.body.blocks).includes("28,024"),
    );
    expect(chosen.body.channel).toBe("C0HIGHWAYS");
    const text = blockText(chosen.body.blocks);
    expect(text).toContain(":speech_balloon: *Question:* Number of potholes repaired");
    expect(text).toContain("Quarter 2 2025-26 YTD");
    expect(bot.api.callsTo("response_url").filter((call) => call.path === "/response/choice-click")).toEqual([]);
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

describe("charts in Slack on the real offline engine", () => {
  let engine: Engine;
  let bot: TestSlackApp;
  beforeAll(async () => {
    engine = await createEngine();
    bot = await startTestSlackApp({
      ask: engine.ask,
      catalogue: engine.records,
      drawChart: async (question, answer) => {
        const chart = engine.chart(question, answer);
        return chart === null ? null : drawChartImage(chart);
      },
    });
  });
  afterAll(async () => {
    await bot?.stop();
    engine?.close();
  });

  it("answers a trend mention in its thread, then uploads the chart there (files.uploadV2) with the figures as alt text; a single figure gets none", async () => {
    const single = "1762000000.000300";
    await sendEvent(
      bot.target,
      eventEnvelope(mentionEvent("<@UBOT> How many potholes have been repaired?", single, "C0HR")),
    );
    await bot.api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === single);
    const ts = "1762000000.000200";
    await sendEvent(
      bot.target,
      eventEnvelope(mentionEvent("<@UBOT> How has staff sickness absence changed?", ts, "C0HR")),
    );
    const complete = await bot.api.waitForCall("files.completeUploadExternal");
    const answer = bot.api.callsTo("chat.postMessage").find((call) => call.body.thread_ts === ts);
    expect(blockText(answer?.body.blocks)).toContain("4.60%");
    const uploads = bot.api.callsTo("files.getUploadURLExternal");
    expect(uploads).toHaveLength(1);
    const asked = uploads[0]!;
    expect(asked.body.filename).toBe("sickness-hours-as-a-of-working-hours-available.png");
    expect(String(asked.body.alt_text)).toContain("Year End 2022-23 5.46%");
    expect(complete.body).toMatchObject({ channel_id: "C0HR", thread_ts: ts });
    const fileId = (complete.body.files as { id: string }[])[0]!.id;
    const png = bot.api.uploads.get(fileId)!;
    expect(Number(asked.body.length)).toBe(png.length);
    expect(decodePng(png).width).toBeGreaterThan(1000);
    const order = bot.api.calls.map((call) => `${call.method} ${call.body.thread_ts ?? ""}`);
    expect(order.indexOf(`chat.postMessage ${ts}`)).toBeLessThan(order.indexOf("files.getUploadURLExternal "));
  });
});

/** An app_mention event from the manager; `text` starts with the bot's mention. */
function mentionEvent(text: string, ts: string, channel: string) {
  return { type: "app_mention", user: "U0MANAGER", text, ts, event_ts: ts, channel };
}
