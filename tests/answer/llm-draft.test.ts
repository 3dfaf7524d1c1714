import { describe, expect, it } from "vitest";
import type { Fact } from "../../src/answer/answer.js";
import { checkDraftFigures } from "../../src/answer/llm/check-draft-figures.js";
import { createChatModel } from "../../src/engine/create-chat-model.js";
import { draftWithLlm } from "../../src/answer/llm/draft-with-llm.js";
import { useFakeOpenAiServer } from "../support/fake-openai-server.js";

const fake = useFakeOpenAiServer();

const question = "How many potholes have been repaired?";
const facts: Fact[] = [
  {
    type: "measure",
    report: "2025-26-q2",
    reportTitle: "Performance Report Quarter 2 2025 to 2026",
    objective: "SO-12",
    measureId: "2025-26-q2/SO-12/number-of-potholes-repaired",
    measure: "Number of potholes repaired",
    period: "Quarter 2 2025-26 YTD",
    value: "28,024",
    target: null,
    targetPeriod: null,
    rating: null,
    benchmark: null,
    benchmarkGroup: "New Local Measure",
  },
];
const passages = [
  {
    report: "2025-26-q2",
    objective: "SO-12",
    text: "This strategic move has allowed us to make significant progress in addressing the number of high priority defects.",
  },
];
const model = () =>
  createChatModel({
    apiKey: "sk-test",
    baseUrl: fake().baseUrl,
    chatModel: "test-chat-model",
    timeoutMs: 200,
    maxRetries: 0,
  });
const draft = () => draftWithLlm({ question, facts, passages, model: model() });

describe("draftWithLlm", () => {
  it("returns the model's text from one call whose prompt holds the facts, the passages and the question", async () => {
    fake().queueChat({
      kind: "content",
      content:
        "28,024 potholes were repaired by Quarter 2 2025-26 (Performance Report Quarter 2 2025 to 2026, SO-12).\n",
    });
    expect(await draft()).toEqual({
      success: true,
      text: "28,024 potholes were repaired by Quarter 2 2025-26 (Performance Report Quarter 2 2025 to 2026, SO-12).",
    });
    expect(fake().requests).toHaveLength(1);
    const request = fake().requests[0]!;
    expect(request.body).toMatchObject({ model: "test-chat-model", temperature: 0 });
    expect(request.body.response_format).toBeUndefined();
    const [system, user] = request.body.messages as { role: string; content: string }[];
    expect(user).toEqual({ role: "user", content: question });
    expect(system!.role).toBe("system");
    expect(system!.content).toContain(
      '- [Performance Report Quarter 2 2025 to 2026, SO-12] "Number of potholes repaired": Quarter 2 2025-26 YTD: 28,024; benchmark none (New Local Measure)',
    );
    expect(system!.content).toContain(`- [Performance Report Quarter 2 2025 to 2026, SO-12] "${passages[0]!.text}"`);
  });

  it("lets checkDraftFigures pass a faithful draft and reject one with an invented figure", async () => {
    fake().queueChat(
      { kind: "content", content: "28,024 potholes were repaired by Quarter 2 2025-26 YTD (SO-12)." },
      {
        kind: "content",
        content: "28,024 potholes were repaired by Quarter 2 2025-26, 12% more than last year (SO-12).",
      },
    );
    const faithful = await draft();
    const embellished = await draft();
    expect(faithful.success && checkDraftFigures(faithful.text, { facts, passages })).toEqual({
      supported: true,
      unsupported: [],
    });
    expect(embellished.success && checkDraftFigures(embellished.text, { facts, passages })).toEqual({
      supported: false,
      unsupported: ["12%"],
    });
  });

  it("gives success false on an HTTP 500, a timeout and an empty answer", async () => {
    fake().queueChat(
      {
        kind: "error",
        status: 500,
        message: "The server had an error while processing your request.",
        type: "server_error",
      },
      { kind: "content", content: "28,024", delayMs: 1_000 },
      { kind: "content", content: "  " },
    );
    expect(await draft()).toEqual({
      success: false,
      error: "OpenAI drafting failed: 500 server error: The server had an error while processing your request.",
      cause: expect.objectContaining({ failure: "server" }),
    });
    expect(await draft()).toEqual({
      success: false,
      error: "OpenAI drafting failed: no answer within the time limit (OPENAI_TIMEOUT_MS)",
      cause: expect.objectContaining({ failure: "timeout" }),
    });
    expect(await draft()).toEqual({ success: false, error: "OpenAI drafting failed: the answer was empty" });
  });
});
