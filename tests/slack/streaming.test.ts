import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerSteps } from "../../src/slack/answer-steps.js";
import { createScriptedEngine, potholesAnswer, yearEndDefectsAnswer } from "../support/answer-fixtures.js";
import { blockText } from "../support/block-text.js";
import { eventEnvelope, sendEvent } from "../support/slack-requests.js";
import { startTestSlackApp, type TestSlackApp } from "../support/start-test-slack-app.js";

let count = 0;
const nextTs = () => `1764000000.${String(++count).padStart(6, "0")}`;
const directMessage = (text: string) => {
  const ts = nextTs();
  return { type: "message", channel_type: "im", user: "U0OFFICER", text, ts, event_ts: ts, channel: "D0OFFICER" };
};
const chunkTexts = (body: Record<string, unknown>) =>
  ((body.chunks as { text?: string }[] | undefined) ?? []).map((chunk) => chunk.text ?? "").join("");

describe("answerSteps", () => {
  it("tells the steps from the finished answer: figures found in which report, all checked, passages quoted", () => {
    expect(answerSteps(potholesAnswer("potholes?"))).toEqual([
      "2 figures found in the Q2 2025-26 report → 2 of 2 checked against the report",
      "1 passage of commentary quoted with its source",
    ]);
    const mixed = {
      ...potholesAnswer("both?"),
      facts: [...potholesAnswer("x").facts, ...yearEndDefectsAnswer("y").facts],
      sources: [],
    };
    expect(answerSteps(mixed)).toEqual([
      "3 figures found in 2 reports (Q2 2025-26, 2024-25 year-end) → 3 of 3 checked against the reports",
    ]);
  });
});

describe("streaming a DM answer where Slack offers chat.startStream", () => {
  const engine = createScriptedEngine((question) => potholesAnswer(question));
  let bot: TestSlackApp;
  beforeAll(async () => {
    bot = await startTestSlackApp({
      ask: engine.ask,
      streaming: true,
      environment: { SLACK_RATE_LIMIT_PER_MINUTE: "0" },
    });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it("opens the reply at once, streams the checked steps, and ends with the answer's blocks — no separate post", async () => {
    const message = directMessage("How many potholes have been repaired?");
    await sendEvent(bot.target, eventEnvelope(message));
    const stop = await bot.api.waitForCall("chat.stopStream");
    const start = bot.api.callsTo("chat.startStream").at(-1);
    expect(start?.body).toMatchObject({
      channel: "D0OFFICER",
      thread_ts: message.ts,
      recipient_user_id: "U0OFFICER",
      recipient_team_id: "T0COUNCIL",
    });
    expect(chunkTexts(start?.body ?? {})).toBe("_Looking through the reports…_\n");
    const append = bot.api.callsTo("chat.appendStream").at(-1);
    expect(chunkTexts(append?.body ?? {})).toContain(
      "• 2 figures found in the Q2 2025-26 report → 2 of 2 checked against the report",
    );
    expect(bot.api.calls.indexOf(start!)).toBeLessThan(bot.api.calls.indexOf(append!));
    expect(blockText(stop.body.blocks)).toContain("28,024");
    expect(stop.body.ts).toEqual(expect.any(String));
    expect(bot.api.callsTo("chat.postMessage").filter((call) => call.body.thread_ts === message.ts)).toEqual([]);
  });

  it("posts the answer normally when Slack refuses the end of the stream", async () => {
    const message = directMessage("Potholes once more?");
    bot.api.failNext("chat.stopStream", { error: "invalid_blocks" }, 1, (body) => Array.isArray(body.blocks));
    await sendEvent(bot.target, eventEnvelope(message));
    const posted = await bot.api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === message.ts);
    expect(blockText(posted.body.blocks)).toContain("28,024");
    expect(
      bot.logs.some(
        (entry) =>
          entry.line.includes("Slack refused the end of a streamed answer") && entry.line.includes("invalid_blocks"),
      ),
    ).toBe(true);
  });
});
