import { describe, expect, it } from "vitest";
import { createChatModel } from "../../src/engine/create-chat-model.js";
import { planWithLlm } from "../../src/answer/llm/plan-with-llm.js";
import { useFakeOpenAiServer } from "../support/fake-openai-server.js";
import { catalogue, potholesPlan } from "./llm-catalogue-fixture.js";

const fake = useFakeOpenAiServer();

const question = "How many potholes have been repaired?";
const model = () =>
  createChatModel({
    apiKey: "sk-test",
    baseUrl: fake().baseUrl,
    chatModel: "test-chat-model",
    timeoutMs: 200,
    maxRetries: 0,
  });
const plan = (previousPlan = null) => planWithLlm({ question, previousPlan, model: model(), catalogue });

describe("planWithLlm", () => {
  it("uses the structured plan the model returns, with measure handles turned back into store ids", async () => {
    fake().queueChat({ kind: "structured", value: { ...potholesPlan, measures: ["M1"] } });
    expect(await plan()).toEqual({ success: true, plan: potholesPlan });
  });

  it("accepts a measure named by its full store id", async () => {
    fake().queueChat({ kind: "structured", value: potholesPlan });
    expect(await plan()).toEqual({ success: true, plan: potholesPlan });
  });

  it("asks for strict JSON-schema output from the configured model at the configured base URL", async () => {
    fake().queueChat({ kind: "structured", value: potholesPlan });
    await plan();
    expect(fake().requests).toHaveLength(1);
    const [request] = fake().requests;
    expect(request!.path).toBe("/v1/chat/completions");
    expect(request!.headers.authorization).toBe("Bearer sk-test");
    expect(request!.body).toMatchObject({
      model: "test-chat-model",
      temperature: 0,
      response_format: { type: "json_schema", json_schema: { name: "plan", strict: true } },
    });
    const schema = (
      request!.body.response_format as {
        json_schema: { schema: { required: string[]; additionalProperties: boolean } };
      }
    ).json_schema.schema;
    expect(schema.required).toEqual([
      "intent",
      "objectives",
      "measures",
      "outcome",
      "report",
      "period",
      "ratings",
      "subject",
      "topic",
    ]);
    expect(schema.additionalProperties).toBe(false);
  });

  it("sends the catalogue in the system message and the question alone in the user message", async () => {
    fake().queueChat({ kind: "structured", value: potholesPlan });
    await plan();
    const messages = fake().requests[0]!.body.messages as { role: string; content: string }[];
    expect(messages.map((message) => message.role)).toEqual(["system", "user"]);
    expect(messages[1]!.content).toBe(question);
    const system = messages[0]!.content;
    expect(system).toContain("- 2025-26-q2: Quarter 2 2025-26; outcomes: People; Place; The Council");
    expect(system).toContain(
      "- 2025-26-q2 SO-12: Deliver a safe, effective, efficient and innovative highways service",
    );
    expect(system).toContain("- M1 (2025-26-q2 SO-12): Number of potholes repaired\n");
    expect(system).toContain("Previous plan: none");
    // The latest report is listed first: the prompt says null means the latest.
    expect(system.indexOf("- 2025-26-q2:")).toBeLessThan(system.indexOf("- 2024-25-year-end:"));
  });

  it("passes the previous turn's plan for a follow-up", async () => {
    fake().queueChat({
      kind: "structured",
      value: { ...potholesPlan, report: "2024-25-year-end", objectives: ["SO-18"], measures: [] },
    });
    const result = await planWithLlm({
      question: "and at the end of 2024-25?",
      previousPlan: potholesPlan,
      model: model(),
      catalogue,
    });
    expect(result).toEqual({
      success: true,
      plan: { ...potholesPlan, report: "2024-25-year-end", objectives: ["SO-18"], measures: [] },
    });
    const system = (fake().requests[0]!.body.messages as { content: string }[])[0]!.content;
    expect(system).toContain(`Previous plan: ${JSON.stringify({ ...potholesPlan, measures: ["M1"] })}`);
  });

  it("normalises an objective code and an outcome to the catalogue's spelling", async () => {
    fake().queueChat({ kind: "structured", value: { ...potholesPlan, objectives: ["so-12"], outcome: "place" } });
    expect(await plan()).toEqual({ success: true, plan: { ...potholesPlan, objectives: ["SO-12"], outcome: "Place" } });
  });

  it("rejects a plan naming a measure that is not in the catalogue", async () => {
    fake().queueChat(
      { kind: "structured", value: { ...potholesPlan, measures: ["M99"] } },
      { kind: "structured", value: { ...potholesPlan, measures: ["2025-26-q2/SO-12/number-of-potholes-filled"] } },
    );
    expect(await plan()).toEqual({
      success: false,
      error: 'OpenAI planning failed: the plan names unknown measure "M99"',
    });
    expect(await plan()).toEqual({
      success: false,
      error: 'OpenAI planning failed: the plan names unknown measure "2025-26-q2/SO-12/number-of-potholes-filled"',
    });
  });

  it("rejects an objective code that the plan's report does not have, and an unknown report", async () => {
    fake().queueChat(
      {
        kind: "structured",
        value: { ...potholesPlan, report: "2024-25-year-end", objectives: ["SO-01"], measures: [] },
      },
      { kind: "structured", value: { ...potholesPlan, report: "2025-26-q3" } },
    );
    expect(await plan()).toEqual({
      success: false,
      error: 'OpenAI planning failed: the plan names unknown objective "SO-01" in 2024-25-year-end',
    });
    expect(await plan()).toEqual({
      success: false,
      error: 'OpenAI planning failed: the plan names unknown report "2025-26-q3"',
    });
  });

  it("rejects an outcome the reports do not have", async () => {
    fake().queueChat({ kind: "structured", value: { ...potholesPlan, outcome: "Fire and rescue" } });
    expect(await plan()).toEqual({
      success: false,
      error: 'OpenAI planning failed: the plan names unknown outcome "Fire and rescue"',
    });
  });

  it("gives success false when the model's content is not JSON", async () => {
    fake().queueChat({ kind: "content", content: '{"intent": "figure", "objectives": [' });
    const result = await plan();
    expect(result.success).toBe(false);
    expect(!result.success && result.error).toMatch(/^OpenAI planning failed: the answer was not valid JSON/);
  });

  it("gives success false when the JSON does not match the plan schema", async () => {
    fake().queueChat({ kind: "structured", value: { ...potholesPlan, intent: "forecast" } });
    const result = await plan();
    expect(!result.success && result.error).toMatch(
      /^OpenAI planning failed: the answer did not have the expected shape: intent: /,
    );
  });

  it("gives success false when the server does not answer within the timeout", async () => {
    fake().queueChat({ kind: "structured", value: potholesPlan, delayMs: 1_000 });
    expect(await plan()).toEqual({
      success: false,
      error: "OpenAI planning failed: no answer within the time limit (OPENAI_TIMEOUT_MS)",
      cause: expect.objectContaining({ failure: "timeout" }),
    });
  });

  it("gives success false on an HTTP 500", async () => {
    fake().queueChat({
      kind: "error",
      status: 500,
      message: "The server had an error while processing your request.",
      type: "server_error",
    });
    expect(await plan()).toEqual({
      success: false,
      error: "OpenAI planning failed: 500 server error: The server had an error while processing your request.",
      cause: expect.objectContaining({ failure: "server" }),
    });
  });

  it("names the API key variable on a 401 without echoing the server's message", async () => {
    fake().queueChat({
      kind: "error",
      status: 401,
      message: "Incorrect API key provided: sk-test.",
      type: "invalid_request_error",
      code: "invalid_api_key",
    });
    expect(await plan()).toEqual({
      success: false,
      error: "OpenAI planning failed: 401 invalid API key (OPENAI_API_KEY)",
      cause: expect.objectContaining({ failure: "authentication" }),
    });
  });
});
