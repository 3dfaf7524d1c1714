import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actionIds } from "../../src/slack/action-ids.js";
import { openFeedbackStore } from "../../src/store/open-feedback-store.js";
import { slackLimits } from "../../src/slack/render-answer-blocks.js";
import {
  createScriptedEngine,
  potholesAnswer,
  potholesPlan,
  yearEndDefectsAnswer,
} from "../support/answer-fixtures.js";
import { blockText } from "../support/block-text.js";
import type { RecordedCall } from "../support/fake-slack-api.js";
import { eventEnvelope, postSigned, sendCommand, sendEvent, sendInteraction } from "../support/slack-requests.js";
import { startTestSlackApp, testSecrets, type TestSlackApp } from "../support/start-test-slack-app.js";
import { waitUntil } from "../support/wait-until.js";

const potholesQuestion = "How many potholes have been repaired?";
let tsCount = 0;
const nextTs = () => `1761000000.${String(++tsCount).padStart(6, "0")}`;

const mention = (text: string, extra: Record<string, unknown> = {}) => {
  const ts = nextTs();
  return {
    type: "app_mention",
    user: "U0MANAGER",
    text: `<@UBOT> ${text}`,
    ts,
    event_ts: ts,
    channel: "C0HIGHWAYS",
    ...extra,
  };
};
const directMessage = (text: string, extra: Record<string, unknown> = {}) => {
  const ts = nextTs();
  return {
    type: "message",
    channel_type: "im",
    user: "U0OFFICER",
    text,
    ts,
    event_ts: ts,
    channel: "D0OFFICER",
    ...extra,
  };
};
const postsInThread = (bot: TestSlackApp, channel: string, threadTs: string) =>
  bot.api
    .callsTo("chat.postMessage")
    .filter((call) => call.body.channel === channel && call.body.thread_ts === threadTs);
const sectionTexts = (call: RecordedCall) =>
  (call.body.blocks as { type: string; text?: { text: string } }[])
    .filter((block) => block.type === "section")
    .map((block) => block.text?.text ?? "");

/** The scripted engine: the 2024-25 follow-up, a failure, a 4,000-character answer, else the potholes answer. */
const longAnswerText = Array.from({ length: 40 }, (_, index) =>
  `Paragraph ${index + 1} of the commentary, quoted at length for a briefing note.`.padEnd(99, "."),
).join("\n");
const engine = createScriptedEngine((question, previousPlan) => {
  if (question.startsWith("and at the end of 2024-25")) return yearEndDefectsAnswer(question);
  if (question.includes("break the engine")) throw new Error("store is locked: SQLITE_BUSY");
  if (question.includes("briefing")) return { ...potholesAnswer(question), answer: longAnswerText.slice(0, 4000) };
  return { ...potholesAnswer(question), plan: previousPlan ?? potholesPlan };
});

describe("the Slack bot in HTTP mode, through real Bolt against a fake Slack Web API", () => {
  let bot: TestSlackApp;
  beforeAll(async () => {
    // The rate limit has a test of its own; here one person asks more than ten questions a minute.
    bot = await startTestSlackApp({ ask: engine.ask, environment: { SLACK_RATE_LIMIT_PER_MINUTE: "0" } });
  });
  afterAll(async () => {
    await bot.stop();
  });

  it("checks the bot token with auth.test at start and logs one start-up line with mode, reports and OpenAI", () => {
    expect(bot.api.callsTo("auth.test")).toHaveLength(1);
    expect(bot.api.callsTo("auth.test")[0]?.token).toBe(testSecrets.botToken);
    expect(bot.logs[0]?.line).toMatch(
      /^Slack bot running in HTTP mode on port \d+ \(POST \/slack\/events\) · 2 reports loaded \(Q2 2025-26, 2024-25 year-end\) · OpenAI off$/,
    );
  });

  it("answers Slack's URL verification challenge", async () => {
    const response = await postSigned(
      bot.target,
      JSON.stringify({
        type: "url_verification",
        token: "t",
        challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
      }),
      "application/json",
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P" });
  });

  it("rejects a request with a bad signature with 401 and calls nothing", async () => {
    const before = bot.api.calls.length;
    const asked = engine.calls.length;
    const response = await sendEvent(bot.target, eventEnvelope(mention(potholesQuestion)), {
      signature: "v0=0000000000000000000000000000000000000000000000000000000000000000",
    });
    expect(response.status).toBe(401);
    const forged = await postSigned(
      { ...bot.target, signingSecret: "not-the-secret" },
      JSON.stringify(eventEnvelope(mention(potholesQuestion))),
      "application/json",
    );
    expect(forged.status).toBe(401);
    expect(bot.api.calls.length).toBe(before);
    expect(engine.calls.length).toBe(asked);
  });

  it("answers a mention in its thread, with the figure, its period and the footnote's caveat in the blocks", async () => {
    const event = mention(potholesQuestion);
    const response = await sendEvent(bot.target, eventEnvelope(event));
    expect(response.status).toBe(200);
    const reply = await bot.api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === event.ts);
    expect(reply.body.channel).toBe("C0HIGHWAYS");
    expect(reply.token).toBe(testSecrets.botToken);
    const text = blockText(reply.body.blocks);
    expect(text).toContain("28,024");
    expect(text).toContain("Quarter 2 2025-26 YTD");
    expect(text).toContain(":warning: Footnote (b): Due to ongoing data cleansing");
    expect(text).toContain("Q2 2025-26 report · SO-12");
    expect(reply.body.text).toContain("28,024");
    expect(engine.calls.find((call) => call.question === potholesQuestion)).toEqual({
      question: potholesQuestion,
      previousPlan: null,
    });
  });

  it("passes the thread's previous plan to the engine for a follow-up mention in the same thread", async () => {
    const first = mention(potholesQuestion);
    await sendEvent(bot.target, eventEnvelope(first));
    await bot.api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === first.ts);
    const followUp = mention("and at the end of 2024-25?", { thread_ts: first.ts });
    await sendEvent(bot.target, eventEnvelope(followUp));
    const reply = await bot.api.waitForCall(
      "chat.postMessage",
      (call) => call.body.thread_ts === first.ts && blockText(call.body.blocks).includes("3,995"),
    );
    expect(blockText(reply.body.blocks)).toContain("Year End 2024-2025");
    expect(engine.calls.find((call) => call.question === "and at the end of 2024-25?")?.previousPlan).toEqual(
      potholesPlan,
    );
  });

  it("answers a retried event (same event_id, x-slack-retry-num) only once", async () => {
    const event = mention(potholesQuestion);
    const envelope = eventEnvelope(event);
    await sendEvent(bot.target, envelope);
    await bot.api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === event.ts);
    const retry = await sendEvent(bot.target, envelope, { retryNum: 1 });
    expect(retry.status).toBe(200);
    await bot.waitForLog((entry) =>
      entry.line.includes(`Ignored a repeat delivery of event ${envelope.event_id} (retry 1)`),
    );
    expect(postsInThread(bot, "C0HIGHWAYS", event.ts)).toHaveLength(1);
  });

  it("answers a direct message in the thread of the question, with a status and loading messages while working", async () => {
    const message = directMessage("how many potholes were fixed?");
    await sendEvent(bot.target, eventEnvelope(message));
    const reply = await bot.api.waitForCall(
      "chat.postMessage",
      (call) => call.body.channel === "D0OFFICER" && call.body.thread_ts === message.ts,
    );
    expect(blockText(reply.body.blocks)).toContain("28,024");
    const status = bot.api.callsTo("assistant.threads.setStatus").find((call) => call.body.thread_ts === message.ts);
    expect(status?.body).toMatchObject({
      channel_id: "D0OFFICER",
      status: "is looking through the reports…",
      loading_messages: expect.arrayContaining(["Checking each figure against its report…"]),
    });
    expect(bot.api.calls.indexOf(status as RecordedCall)).toBeLessThan(bot.api.calls.indexOf(reply));
  });

  it("shows the working status in a mention's thread before the answer", async () => {
    const event = mention(potholesQuestion);
    await sendEvent(bot.target, eventEnvelope(event));
    const reply = await bot.api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === event.ts);
    const status = bot.api.callsTo("assistant.threads.setStatus").find((call) => call.body.thread_ts === event.ts);
    expect(status?.body).toMatchObject({ channel_id: "C0HIGHWAYS", status: "is looking through the reports…" });
    expect(bot.api.calls.indexOf(status as RecordedCall)).toBeLessThan(bot.api.calls.indexOf(reply));
  });

  it("answers a DM thread follow-up through the assistant, with a status while working and the previous plan", async () => {
    const first = directMessage("potholes repaired this year");
    await sendEvent(bot.target, eventEnvelope(first));
    await bot.api.waitForCall(
      "chat.postMessage",
      (call) =>
        call.body.channel === "D0OFFICER" &&
        call.body.thread_ts === first.ts &&
        blockText(call.body.blocks).includes("28,024"),
    );
    const followUp = directMessage("and at the end of 2024-25, please?", { thread_ts: first.ts });
    await sendEvent(bot.target, eventEnvelope(followUp));
    const reply = await bot.api.waitForCall(
      "chat.postMessage",
      (call) => call.body.thread_ts === first.ts && blockText(call.body.blocks).includes("3,995"),
    );
    expect(blockText(reply.body.blocks)).toContain("3,995");
    expect(bot.api.callsTo("assistant.threads.setStatus").map((call) => call.body)).toContainEqual(
      expect.objectContaining({
        channel_id: "D0OFFICER",
        thread_ts: first.ts,
        status: "is looking through the reports…",
      }),
    );
    expect(engine.calls.find((call) => call.question === "and at the end of 2024-25, please?")?.previousPlan).toEqual(
      potholesPlan,
    );
  });

  it("greets a new assistant thread with suggested prompts from the loaded reports, then titles it with the first question", async () => {
    const threadTs = nextTs();
    await sendEvent(
      bot.target,
      eventEnvelope({
        type: "assistant_thread_started",
        assistant_thread: {
          user_id: "U0OFFICER",
          context: { channel_id: "C0HIGHWAYS", team_id: "T0COUNCIL" },
          channel_id: "D0OFFICER",
          thread_ts: threadTs,
        },
        event_ts: threadTs,
      }),
    );
    const prompts = await bot.api.waitForCall(
      "assistant.threads.setSuggestedPrompts",
      (call) => call.body.thread_ts === threadTs,
    );
    expect(prompts.body.prompts).toContainEqual({
      title: "Why is SO-02 rated action?",
      message: "Why is SO-02 rated action?",
    });
    expect((prompts.body.prompts as unknown[]).length).toBeLessThanOrEqual(4);
    expect(postsInThread(bot, "D0OFFICER", threadTs)[0]?.body.text).toContain(
      "Ask me about the council's performance reports",
    );

    await sendEvent(
      bot.target,
      eventEnvelope(directMessage("<@UBOT> How many potholes have been repaired?", { thread_ts: threadTs })),
    );
    await bot.api.waitForCall(
      "chat.postMessage",
      (call) => call.body.thread_ts === threadTs && blockText(call.body.blocks).includes("28,024"),
    );
    expect(bot.api.callsTo("assistant.threads.setTitle").map((call) => call.body)).toContainEqual(
      expect.objectContaining({ channel_id: "D0OFFICER", thread_ts: threadTs, title: potholesQuestion }),
    );
    expect(bot.api.callsTo("assistant.threads.setStatus").map((call) => call.body)).toContainEqual(
      expect.objectContaining({ thread_ts: threadTs, status: "is looking through the reports…" }),
    );
  });

  it("greets a person opening the app's Messages tab (agent messaging) once, and sets suggested prompts with no thread_ts", async () => {
    const opened = {
      type: "app_home_opened",
      user: "U0AGENT",
      channel: "D0AGENT",
      tab: "messages",
      event_ts: nextTs(),
    };
    await sendEvent(bot.target, eventEnvelope(opened));
    const prompts = await bot.api.waitForCall(
      "assistant.threads.setSuggestedPrompts",
      (call) => call.body.channel_id === "D0AGENT",
    );
    expect(prompts.body).not.toHaveProperty("thread_ts");
    expect(prompts.body.prompts).toContainEqual({
      title: "Why is SO-02 rated action?",
      message: "Why is SO-02 rated action?",
    });
    const greeting = await bot.api.waitForCall("chat.postMessage", (call) => call.body.channel === "D0AGENT");
    expect(greeting.body.text).toContain("Ask me about the council's performance reports");
    expect(greeting.body).not.toHaveProperty("thread_ts");

    await sendEvent(bot.target, eventEnvelope({ ...opened, event_ts: nextTs() }));
    await bot.api.waitForCall(
      "assistant.threads.setSuggestedPrompts",
      (call) => call.body.channel_id === "D0AGENT" && call !== prompts,
    );
    expect(bot.api.callsTo("chat.postMessage").filter((call) => call.body.channel === "D0AGENT")).toHaveLength(1);
    expect(bot.api.callsTo("views.publish").filter((call) => call.body.user_id === "U0AGENT")).toEqual([]);
  });

  it("answers a follow-up without an @mention in a channel thread it answered, and nowhere else", async () => {
    const first = mention(potholesQuestion);
    await sendEvent(bot.target, eventEnvelope(first));
    await bot.api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === first.ts);
    const asked = engine.calls.length;

    const otherThread = nextTs();
    await sendEvent(
      bot.target,
      eventEnvelope({
        type: "message",
        channel_type: "channel",
        channel: "C0HIGHWAYS",
        user: "U0MANAGER",
        text: "and at the end of 2024-25?",
        ts: nextTs(),
        thread_ts: otherThread,
      }),
    );
    await sendEvent(
      bot.target,
      eventEnvelope({
        type: "message",
        channel_type: "channel",
        channel: "C0HIGHWAYS",
        user: "U0MANAGER",
        text: "lunch anyone?",
        ts: nextTs(),
      }),
    );
    // A reply that mentions the bot comes as both app_mention and message: only the mention is answered.
    const mentioned = mention("potholes again, with a mention?", { thread_ts: first.ts });
    await sendEvent(bot.target, eventEnvelope({ ...mentioned, type: "message", channel_type: "channel" }));
    await sendEvent(bot.target, eventEnvelope(mentioned));
    await bot.api.waitForCall(
      "chat.postMessage",
      (call) => call.body.thread_ts === first.ts && postsInThread(bot, "C0HIGHWAYS", first.ts).length === 2,
    );

    const followUp = {
      type: "message",
      channel_type: "channel",
      channel: "C0HIGHWAYS",
      user: "U0OTHER",
      text: "and at the end of 2024-25?",
      ts: nextTs(),
      thread_ts: first.ts,
    };
    await sendEvent(bot.target, eventEnvelope(followUp));
    await bot.api.waitForCall(
      "chat.postMessage",
      (call) => call.body.thread_ts === first.ts && blockText(call.body.blocks).includes("3,995"),
    );
    expect(postsInThread(bot, "C0HIGHWAYS", first.ts)).toHaveLength(3);
    expect(postsInThread(bot, "C0HIGHWAYS", otherThread)).toEqual([]);
    expect(engine.calls.slice(asked).map((call) => call.question)).toEqual([
      "potholes again, with a mention?",
      "and at the end of 2024-25?",
    ]);
    expect(engine.calls.at(-1)?.previousPlan).toEqual(potholesPlan);
  });

  it("sends a refused answer (invalid_blocks) once more as plain text with a reference, and logs Slack's error code", async () => {
    const event = mention(potholesQuestion);
    bot.api.failNext("chat.postMessage", { error: "invalid_blocks" }, 1, (body) => body.thread_ts === event.ts);
    await sendEvent(bot.target, eventEnvelope(event));
    await bot.api.waitForCall(
      "chat.postMessage",
      (call) => call.body.thread_ts === event.ts && call.body.blocks === undefined,
    );
    const [refused, retried] = postsInThread(bot, "C0HIGHWAYS", event.ts);
    expect(refused?.body.blocks).toBeDefined();
    const reference = /Reference `([0-9a-f]{8})`/.exec(String(retried?.body.text))?.[1];
    expect(reference).toBeDefined();
    expect(String(retried?.body.text)).toContain("28,024");
    const logged = await bot.waitForLog((entry) => entry.line.includes(`reference ${reference}`));
    expect(logged.line).toContain("invalid_blocks");
    expect(bot.logs.some((entry) => entry.line.includes("unhandled"))).toBe(false);
  });

  it("apologises with a reference id when the engine fails, and logs the detail only", async () => {
    const event = mention("please break the engine");
    await sendEvent(bot.target, eventEnvelope(event));
    const reply = await bot.api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === event.ts);
    const reference = /reference `([0-9a-f]{8})`/.exec(String(reply.body.text))?.[1];
    expect(reference).toBeDefined();
    expect(String(reply.body.text)).toContain("Sorry");
    expect(String(reply.body.text)).not.toContain("SQLITE_BUSY");
    const logged = await bot.waitForLog((entry) => entry.line.includes(`reference ${reference}`));
    expect(logged.level).toBe("error");
    expect(logged.line).toContain("SQLITE_BUSY");
  });

  it("splits a 4,000-character answer into sections within Slack's limits, losing nothing", async () => {
    const event = mention("a briefing on potholes");
    await sendEvent(bot.target, eventEnvelope(event));
    const reply = await bot.api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === event.ts);
    const sections = sectionTexts(reply);
    expect((reply.body.blocks as unknown[]).length).toBeLessThanOrEqual(slackLimits.blocksPerMessage);
    for (const text of sections) expect(text.length).toBeLessThanOrEqual(slackLimits.sectionText);
    const answerSections = sections.filter((text) => text.includes("Paragraph"));
    expect(answerSections.length).toBeGreaterThanOrEqual(2);
    expect(answerSections.join("\n")).toBe(longAnswerText.slice(0, 4000).trim());
    expect(String(reply.body.text).length).toBeLessThanOrEqual(slackLimits.fallbackText);
  });

  it("answers /perf privately through the response URL, and the share button posts it for the channel", async () => {
    const responseUrl = bot.api.responseUrl("perf-question");
    const response = await sendCommand(bot.target, {
      text: potholesQuestion,
      user_id: "U0MANAGER",
      user_name: "manager",
      channel_id: "C0HIGHWAYS",
      channel_name: "highways",
      response_url: responseUrl,
    });
    expect(response.status).toBe(200);
    const answer = await bot.api.waitForCall(
      "response_url",
      (call) => call.path === "/response/perf-question" && call.body.replace_original === true,
    );
    const working = bot.api.callsTo("response_url").find((call) => call.path === "/response/perf-question");
    expect(working?.body).toMatchObject({
      response_type: "ephemeral",
      text: ":hourglass_flowing_sand: Looking through the reports…",
    });
    expect(answer.body.response_type).toBe("ephemeral");
    expect(blockText(answer.body.blocks)).toContain("28,024");
    expect(blockText(answer.body.blocks)).toContain(`:speech_balloon: *Question:* ${potholesQuestion}`);
    const actions = (answer.body.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).find(
      (block) => block.type === "actions",
    );
    const share = actions?.elements?.find((element) => element.action_id === actionIds.share);
    expect(share).toBeDefined();

    const shareUrl = bot.api.responseUrl("share-click");
    const click = await sendInteraction(
      bot.target,
      blockActionPayload({
        actionId: actionIds.share,
        value: share?.value ?? "",
        responseUrl: shareUrl,
        ephemeral: true,
      }),
    );
    expect(click.status).toBe(200);
    const deleted = await bot.api.waitForCall(
      "response_url",
      (call) => call.path === "/response/share-click" && call.body.delete_original === true,
    );
    const posts = bot.api.callsTo("response_url").filter((call) => call.path === "/response/share-click");
    const shared = posts.find((call) => call.body.response_type === "in_channel");
    expect(posts.indexOf(shared as RecordedCall)).toBeLessThan(posts.indexOf(deleted));
    expect(blockText(shared?.body.blocks)).toContain("Shared by <@U0MANAGER>");
    expect(blockText(shared?.body.blocks)).toContain(`:speech_balloon: *Question:* ${potholesQuestion}`);
    expect(blockText(shared?.body.blocks)).toContain("28,024");
  });

  it("answers /perf help and /perf reports with the loaded reports and their objectives by rating", async () => {
    await sendCommand(bot.target, {
      text: "help",
      user_id: "U0MANAGER",
      channel_id: "C0HIGHWAYS",
      response_url: bot.api.responseUrl("help"),
    });
    await sendCommand(bot.target, {
      text: "reports",
      user_id: "U0MANAGER",
      channel_id: "C0HIGHWAYS",
      response_url: bot.api.responseUrl("reports"),
    });
    const help = await bot.api.waitForCall("response_url", (call) => call.path === "/response/help");
    const reports = await bot.api.waitForCall("response_url", (call) => call.path === "/response/reports");
    expect(help.body.text).toContain("`/perf &lt;question&gt;`");
    expect(help.body.text).toContain("Which objectives require action?");
    expect(reports.body.text).toContain(
      "*Q2 2025-26* — Performance Report Quarter 2 2025 to 2026 · 4 objectives: :large_green_circle: 2 Good · :large_orange_circle: 1 Review · :red_circle: 1 Action",
    );
    expect(reports.body.text).toContain("*2024-25 year-end*");
    expect(reports.body.text).toContain(":white_circle: 1 Awaiting update");
  });

  it("records a 👍 in the SQLite store with the question, facts, sources, plan, user, channel and message, and thanks privately", async () => {
    const event = mention(potholesQuestion);
    await sendEvent(bot.target, eventEnvelope(event));
    const reply = await bot.api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === event.ts);
    const thanksUrl = bot.api.responseUrl("feedback-click");
    const payload = blockActionPayload({
      actionId: actionIds.feedback,
      value: feedbackValue(reply, "up"),
      responseUrl: thanksUrl,
      ephemeral: false,
      messageText: String(reply.body.text),
    });
    await sendInteraction(bot.target, payload);
    const thanks = await bot.api.waitForCall("response_url", (call) => call.path === "/response/feedback-click");
    expect(thanks.body).toMatchObject({ response_type: "ephemeral", replace_original: false });
    const store = openFeedbackStore(bot.feedbackPath);
    const records = store.list();
    store.close();
    const expected = potholesAnswer(potholesQuestion);
    expect(records.at(-1)).toEqual({
      id: expect.any(Number),
      time: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      vote: "up",
      reason: null,
      comment: null,
      question: potholesQuestion,
      answer: expected.answer,
      facts: expected.facts,
      sources: expected.sources,
      plan: expected.plan,
      user: "U0CLICKER",
      channel: "C0HIGHWAYS",
      messageTs: payload.container.message_ts,
      answerId: expect.any(String),
    });
  });

  it("opens the reason modal on 👎 and stores the chosen reason and note with the record", async () => {
    const event = mention(potholesQuestion);
    await sendEvent(bot.target, eventEnvelope(event));
    const reply = await bot.api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === event.ts);
    const before = bot.api.callsTo("views.open").length;
    await sendInteraction(
      bot.target,
      blockActionPayload({
        actionId: actionIds.feedback,
        value: feedbackValue(reply, "down"),
        responseUrl: bot.api.responseUrl("down-click"),
        ephemeral: false,
      }),
    );
    await waitUntil(
      () => bot.api.callsTo("views.open").length > before,
      () => "views.open",
    );
    const opened = bot.api.callsTo("views.open").at(-1) as RecordedCall;
    const view = opened.body.view as {
      callback_id: string;
      private_metadata: string;
      blocks: {
        type: string;
        block_id?: string;
        element?: { options?: { value: string; text: { text: string } }[] };
      }[];
    };
    expect(opened.body.trigger_id).toBe("1.2.3");
    expect(view.callback_id).toBe(actionIds.feedbackReason);
    const choices = view.blocks
      .find((block) => block.block_id === "reason")
      ?.element?.options?.map((option) => option.text.text);
    expect(choices).toEqual(["Wrong figure", "Wrong period", "Wrong measure", "Missing caveat", "Other"]);

    const submit = (values: Record<string, unknown>) =>
      sendInteraction(bot.target, {
        type: "view_submission",
        team: { id: "T0COUNCIL", domain: "council" },
        user: { id: "U0CLICKER", username: "someone", team_id: "T0COUNCIL" },
        api_app_id: "A0PERF",
        token: "legacy-verification-token",
        trigger_id: "4.5.6",
        view: {
          id: "V0MODAL",
          type: "modal",
          callback_id: actionIds.feedbackReason,
          private_metadata: view.private_metadata,
          state: { values },
        },
      });
    const unchosen = await submit({
      reason: { reason_choice: { type: "radio_buttons", selected_option: null } },
      comment: { comment_text: { type: "plain_text_input", value: null } },
    });
    expect(await unchosen.json()).toEqual({
      response_action: "errors",
      errors: { reason: "Please choose what was wrong." },
    });
    const submitted = await submit({
      reason: {
        reason_choice: {
          type: "radio_buttons",
          selected_option: { value: "wrong_period", text: { type: "plain_text", text: "Wrong period" } },
        },
      },
      comment: { comment_text: { type: "plain_text_input", value: "  I asked about the year end, not Q2.  " } },
    });
    expect(submitted.status).toBe(200);
    const store = openFeedbackStore(bot.feedbackPath);
    const record = store.list().at(-1);
    store.close();
    expect(record).toMatchObject({
      vote: "down",
      reason: "wrong_period",
      comment: "I asked about the year end, not Q2.",
      question: potholesQuestion,
      user: "U0CLICKER",
    });
    expect(record?.facts).toHaveLength(2);
  });

  it("answers the message shortcut privately in the message's thread, and Share posts it in that thread", async () => {
    const forwarded = {
      type: "message",
      user: "U0COUNCILLOR",
      text: "Cllr Smith asks: how many potholes have been repaired?",
      ts: nextTs(),
    };
    await sendInteraction(bot.target, {
      type: "message_action",
      callback_id: actionIds.askShortcut,
      trigger_id: "7.8.9",
      team: { id: "T0COUNCIL", domain: "council" },
      user: { id: "U0OFFICER", name: "officer", team_id: "T0COUNCIL" },
      channel: { id: "C0MEMBERS", name: "members" },
      message_ts: forwarded.ts,
      message: forwarded,
      response_url: bot.api.responseUrl("shortcut"),
      token: "legacy-verification-token",
    });
    const ephemeral = await bot.api.waitForCall("chat.postEphemeral", (call) => call.body.channel === "C0MEMBERS");
    expect(ephemeral.body).toMatchObject({ user: "U0OFFICER", thread_ts: forwarded.ts });
    const text = blockText(ephemeral.body.blocks);
    expect(text).toContain("28,024");
    expect(text).toContain(":speech_balloon: *Question:* Cllr Smith asks: how many potholes have been repaired?");
    const share = (ephemeral.body.blocks as { type: string; elements?: { action_id: string; value: string }[] }[])
      .flatMap((block) => block.elements ?? [])
      .find((element) => element.action_id === actionIds.share);
    expect(share).toBeDefined();
    await sendInteraction(
      bot.target,
      blockActionPayload({
        actionId: actionIds.share,
        value: share?.value ?? "",
        responseUrl: bot.api.responseUrl("shortcut-share"),
        ephemeral: true,
      }),
    );
    const shared = await bot.api.waitForCall(
      "chat.postMessage",
      (call) => call.body.channel === "C0MEMBERS" && call.body.thread_ts === forwarded.ts,
    );
    expect(blockText(shared.body.blocks)).toContain("Shared by <@U0MANAGER>");
    expect(blockText(shared.body.blocks)).toContain("Cllr Smith asks");
    await bot.api.waitForCall(
      "response_url",
      (call) => call.path === "/response/shortcut-share" && call.body.delete_original === true,
    );
  });

  it("publishes App Home with the reports loaded, objectives by rating and example questions", async () => {
    await sendEvent(
      bot.target,
      eventEnvelope({
        type: "app_home_opened",
        user: "U0OFFICER",
        channel: "D0OFFICER",
        tab: "home",
        event_ts: nextTs(),
      }),
    );
    const publish = await bot.api.waitForCall("views.publish", (call) => call.body.user_id === "U0OFFICER");
    const view = publish.body.view as { type: string; blocks: unknown[] };
    expect(view.type).toBe("home");
    const text = blockText(view.blocks);
    expect(text).toContain("*Q2 2025-26*");
    expect(text).toContain(":red_circle: 1 Action");
    expect(text).toContain("Why is SO-02 rated action?");
  });

  it("never writes the bot token or the signing secret to the log", () => {
    expect(bot.logs.length).toBeGreaterThan(0);
    for (const entry of bot.logs) {
      expect(entry.line).not.toContain(testSecrets.botToken);
      expect(entry.line).not.toContain(testSecrets.signingSecret);
    }
  });
});

describe("what the Slack bot ignores or refuses", () => {
  it("ignores bot messages, its own messages and message subtypes, and answers nothing for them", async () => {
    const quiet = createScriptedEngine((question) => potholesAnswer(question));
    const bot = await startTestSlackApp({ ask: quiet.ask });
    await sendEvent(bot.target, eventEnvelope(directMessage("from another bot", { bot_id: "B0OTHER" })));
    await sendEvent(bot.target, eventEnvelope(directMessage("my own echo", { user: "UBOT", bot_id: "BBOT" })));
    await sendEvent(bot.target, eventEnvelope(directMessage("an edit", { subtype: "message_changed" })));
    await sendEvent(
      bot.target,
      eventEnvelope({
        type: "message",
        subtype: "channel_join",
        channel: "C0HIGHWAYS",
        user: "U0NEW",
        text: "<@U0NEW> has joined the channel",
        ts: nextTs(),
      }),
    );
    await sendEvent(bot.target, eventEnvelope(mention("a mention from a bot", { bot_id: "B0OTHER" })));
    await bot.stop();
    expect(quiet.calls).toEqual([]);
    expect(bot.api.callsTo("chat.postMessage")).toEqual([]);
  });

  it("limits questions per user per minute with a private, friendly reply", async () => {
    const limited = createScriptedEngine((question) => potholesAnswer(question));
    const bot = await startTestSlackApp({ ask: limited.ask, environment: { SLACK_RATE_LIMIT_PER_MINUTE: "1" } });
    try {
      const first = mention(potholesQuestion);
      await sendEvent(bot.target, eventEnvelope(first));
      await bot.api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === first.ts);
      const second = mention("and the 9 day defects?");
      await sendEvent(bot.target, eventEnvelope(second));
      const notice = await bot.api.waitForCall("chat.postEphemeral", (call) => call.body.thread_ts === second.ts);
      expect(notice.body.user).toBe("U0MANAGER");
      expect(notice.body.text).toContain("please wait a moment");
      expect(limited.calls).toHaveLength(1);
    } finally {
      await bot.stop();
    }
  });

  it("answers only in allowed channels (DMs always) and refuses over-long questions, privately", async () => {
    const checked = createScriptedEngine((question) => potholesAnswer(question));
    const bot = await startTestSlackApp({
      ask: checked.ask,
      environment: { SLACK_ALLOWED_CHANNELS: "C0ALLOWED", SLACK_MAX_QUESTION_LENGTH: "60" },
    });
    try {
      const elsewhere = mention(potholesQuestion);
      await sendEvent(bot.target, eventEnvelope(elsewhere));
      const refused = await bot.api.waitForCall("chat.postEphemeral", (call) => call.body.thread_ts === elsewhere.ts);
      expect(refused.body.text).toContain("not set up to answer in this channel");
      const long = mention(`${"Could you tell me about the highways service ".repeat(3)}?`, { channel: "C0ALLOWED" });
      await sendEvent(bot.target, eventEnvelope(long));
      const tooLong = await bot.api.waitForCall("chat.postEphemeral", (call) => call.body.thread_ts === long.ts);
      expect(tooLong.body.text).toContain("I take up to 60");
      const direct = directMessage(potholesQuestion);
      await sendEvent(bot.target, eventEnvelope(direct));
      await bot.api.waitForCall("chat.postMessage", (call) => call.body.channel === "D0OFFICER");
      expect(checked.calls.map((call) => call.question)).toEqual([potholesQuestion]);
    } finally {
      await bot.stop();
    }
  });
});

describe("starting the Slack bot", () => {
  it("fails with one line naming SLACK_BOT_TOKEN when Slack refuses the token, without printing it", async () => {
    const refused = startTestSlackApp({ ask: engine.ask, environment: { SLACK_BOT_TOKEN: "xoxb-9999-revoked-token" } });
    await expect(refused).rejects.toThrow(
      /^Slack did not accept SLACK_BOT_TOKEN \(auth\.test at http:\/\/127\.0\.0\.1:\d+\/api\/\): invalid_auth$/,
    );
    await expect(refused).rejects.not.toThrow(/xoxb-9999/);
  });
});

/** The value of the 👍 or 👎 of Slack's feedback buttons in a posted answer. */
function feedbackValue(call: RecordedCall, vote: "up" | "down"): string {
  const blocks = call.body.blocks as {
    type: string;
    elements?: { type: string; positive_button?: { value: string }; negative_button?: { value: string } }[];
  }[];
  const buttons = blocks
    .find((block) => block.type === "context_actions")
    ?.elements?.find((element) => element.type === "feedback_buttons");
  return (vote === "up" ? buttons?.positive_button?.value : buttons?.negative_button?.value) ?? "";
}

function blockActionPayload({
  actionId,
  value,
  responseUrl,
  ephemeral,
  messageText,
}: {
  actionId: string;
  value: string;
  responseUrl: string;
  ephemeral: boolean;
  messageText?: string;
}) {
  const messageTs = nextTs();
  return {
    type: "block_actions",
    user: { id: ephemeral ? "U0MANAGER" : "U0CLICKER", username: "someone", team_id: "T0COUNCIL" },
    api_app_id: "A0PERF",
    token: "legacy-verification-token",
    container: { type: "message", message_ts: messageTs, channel_id: "C0HIGHWAYS", is_ephemeral: ephemeral },
    trigger_id: "1.2.3",
    team: { id: "T0COUNCIL", domain: "council" },
    channel: { id: "C0HIGHWAYS", name: "highways" },
    ...(ephemeral
      ? {}
      : { message: { type: "message", text: messageText ?? "", user: "UBOT", bot_id: "BBOT", ts: messageTs } }),
    response_url: responseUrl,
    actions: [
      {
        action_id: actionId,
        block_id: "b1",
        value,
        type: actionId === actionIds.feedback ? "feedback_buttons" : "button",
        action_ts: messageTs,
      },
    ],
  };
}

describe("acknowledging Slack before the work", () => {
  it("acks a mention and a /perf command while the engine is still working, and answers afterwards", async () => {
    let release = () => {};
    const working = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = createScriptedEngine((question) => potholesAnswer(question));
    const bot = await startTestSlackApp({
      ask: async (question, context) => {
        await working;
        return slow.ask(question, context);
      },
    });
    try {
      const event = mention(potholesQuestion);
      const acknowledged = await sendEvent(bot.target, eventEnvelope(event));
      const command = await sendCommand(bot.target, {
        text: potholesQuestion,
        user_id: "U0MANAGER",
        channel_id: "C0HIGHWAYS",
        response_url: bot.api.responseUrl("slow"),
      });
      expect(acknowledged.status).toBe(200);
      expect(command.status).toBe(200);
      await bot.api.waitForCall("response_url", (call) => call.path === "/response/slow");
      expect(bot.api.callsTo("chat.postMessage")).toEqual([]);
      expect(bot.api.callsTo("response_url").map((call) => call.body.text)).toEqual([
        ":hourglass_flowing_sand: Looking through the reports…",
      ]);
      release();
      await bot.api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === event.ts);
      await bot.api.waitForCall(
        "response_url",
        (call) => call.path === "/response/slow" && call.body.replace_original === true,
      );
    } finally {
      release();
      await bot.stop();
    }
  });
});
