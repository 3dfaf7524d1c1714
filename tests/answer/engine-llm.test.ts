import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Plan } from "../../src/answer/plan/plan.js";
import { type FakeOpenAiServer, startFakeOpenAiServer } from "../support/fake-openai-server.js";
import { loadTestEngine } from "../support/load-test-engine.js";

let server: FakeOpenAiServer;
let loaded: Awaited<ReturnType<typeof loadTestEngine>>;

beforeAll(async () => {
  server = await startFakeOpenAiServer();
  loaded = await loadTestEngine({
    apiKey: "sk-test",
    baseUrl: server.baseUrl,
    chatModel: "test-chat-model",
    embeddingModel: "text-embedding-3-small",
    timeoutMs: 300,
    maxRetries: 0,
  });
});
afterAll(async () => {
  loaded.dispose();
  await server.close();
});

let chatRequestsBefore = 0;
beforeEach(() => {
  chatRequestsBefore = chatRequests().length;
});
const chatRequests = () => server.requests.filter((request) => request.path.endsWith("/chat/completions"));
const newChatRequests = () => chatRequests().slice(chatRequestsBefore);
const ask = (question: string) => loaded.engine.ask(question, { previousPlan: null });

const completedInYearEnd: Plan = {
  intent: "list",
  objectives: [],
  measures: [],
  outcome: null,
  report: "2024-25-year-end",
  period: null,
  ratings: ["Complete"],
  subject: "objectives",
  topic: "completed objectives",
};

describe("the engine with OpenAI configured (a local OpenAI-compatible server)", () => {
  it("embeds the chunks through the embeddings endpoint", () => {
    expect(server.requests.some((request) => request.path.endsWith("/embeddings"))).toBe(true);
    expect(loaded.engine.search.embedderName).toBe("openai:text-embedding-3-small");
    expect(loaded.engine.openAi).toBe(true);
  });

  // "wrapped up" is no rating or topic the offline planner knows, so it is unsure and asks the model.
  const vague = "Which ones are wrapped up?";

  it("follows a valid structured plan from the model when the offline plan is unsure", async () => {
    server.queueChat({ kind: "structured", value: completedInYearEnd });
    const answer = await ask(vague);
    expect(answer.plan).toEqual(completedInYearEnd);
    expect(answer.answer).toContain("9 objectives rated Complete in the 2024-25 year-end report");
    expect(answer.answer).toContain("SO-24");
    expect(newChatRequests()).toHaveLength(1);
    expect(JSON.stringify(newChatRequests()[0]?.body)).toContain(vague);
  });

  it.each([
    ["malformed JSON", { kind: "content", content: '{"intent": "list", "objectives": [' }],
    ["a timeout", { kind: "structured", value: completedInYearEnd, delayMs: 1_000 }],
    ["an HTTP 500", { kind: "error", status: 500, message: "The server had an error", type: "server_error" }],
    [
      "a plan naming an objective that does not exist",
      { kind: "structured", value: { ...completedInYearEnd, objectives: ["SO-99"] } },
    ],
  ] as const)("falls back to the offline plan on %s", async (_case, reply) => {
    server.queueChat(reply);
    const answer = await ask(vague);
    expect(answer.status).toBe("answered");
    expect(answer.plan.ratings).toEqual([]);
    expect(answer.answer).toContain("25 objectives in the Q2 2025-26 report");
    expect(newChatRequests()).toHaveLength(1);
  });

  it("makes no LLM call at all for a pure lookup the offline plan is sure of", async () => {
    const answer = await ask("How many potholes have been repaired?");
    expect(answer.answer).toContain("28,024");
    expect(newChatRequests()).toHaveLength(0);
  });

  it("uses a drafted explanation whose every figure is in the facts", async () => {
    const draft =
      "SO-02 is rated Action: 2.1% of new Education Health and Care plans were issued within 20 weeks (Quarter 2 2025-26 YTD) against a target of 22.3% (Q2 2025-26 report, SO-02).";
    server.queueChat({ kind: "content", content: draft });
    const answer = await ask("Why is SO-02 rated Action?");
    expect(answer.answer).toBe(draft);
    expect(answer.facts.some((fact) => fact.type === "measure" && fact.value === "2.1%")).toBe(true);
    // The offline plan names SO-02, so the only call is the draft.
    expect(newChatRequests()).toHaveLength(1);
  });

  it("rejects a draft with an invented figure and answers deterministically", async () => {
    server.queueChat({ kind: "content", content: "SO-02 is rated Action because only 7.7% of plans were on time." });
    const answer = await ask("Why is SO-02 rated Action?");
    expect(answer.answer).not.toContain("7.7%");
    expect(answer.answer).toContain("2.1%");
    expect(answer.answer).toContain("SO-02 (Q2 2025-26 report)");
  });
});
