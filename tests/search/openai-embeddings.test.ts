import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createOpenAiEmbeddings, type OpenAiEmbeddingsSettings } from "../../src/search/create-openai-embeddings.js";
import { OpenAiRequestError } from "../../src/search/openai-request-error.js";
import { probeEmbeddings } from "../../src/search/probe-embeddings.js";
import { fakeVector, fakeVectorDimension, useFakeOpenAiServer } from "../support/fake-openai-server.js";

const fake = useFakeOpenAiServer();

const embedder = (settings: Partial<OpenAiEmbeddingsSettings> = {}) =>
  createOpenAiEmbeddings({
    apiKey: "sk-test",
    baseUrl: fake().baseUrl,
    model: "test-embedding-model",
    timeoutMs: 200,
    maxRetries: 0,
    ...settings,
  });

// What OpenAI sends when a per-minute limit is hit: the wait is in the message and the retry-after header.
const rateLimited = {
  kind: "error",
  status: 429,
  type: "requests",
  code: "rate_limit_exceeded",
  message:
    "Rate limit reached for test-embedding-model in organization org-fake on requests per min (RPM): Limit 3000, Used 3000, Requested 1. Please try again in 20ms.",
  headers: { "retry-after": "0" },
} as const;

async function failure(promise: Promise<unknown>): Promise<OpenAiRequestError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(OpenAiRequestError);
  return error as OpenAiRequestError;
}

describe("createOpenAiEmbeddings", () => {
  const texts = ["Number of potholes repaired", "Sickness Hours as a % of Working Hours Available", "kids in care"];

  it("returns one vector per text, in the texts' order, with the server's dimension", async () => {
    const vectors = await embedder().embedDocuments(texts);
    expect(vectors).toEqual(texts.map(fakeVector));
    expect(vectors.every((vector) => vector.length === fakeVectorDimension)).toBe(true);
    expect(await embedder().embedQuery("fixing potholes")).toEqual(fakeVector("fixing potholes"));
  });

  it("sends the configured model to the configured base URL with the API key", async () => {
    await embedder().embedDocuments(texts);
    expect(fake().requests).toHaveLength(1);
    expect(fake().requests[0]).toMatchObject({
      method: "POST",
      path: "/v1/embeddings",
      headers: { authorization: "Bearer sk-test" },
      body: { model: "test-embedding-model", input: texts },
    });
  });

  it("turns a 401 into one clear message and does not retry it", async () => {
    fake().queueEmbeddings({
      kind: "error",
      status: 401,
      message: "Incorrect API key provided: sk-test.",
      type: "invalid_request_error",
      code: "invalid_api_key",
    });
    const error = await failure(embedder({ maxRetries: 2 }).embedDocuments(texts));
    expect(error.message).toBe("OpenAI embeddings failed: 401 invalid API key (OPENAI_API_KEY)");
    expect(error.failure).toBe("authentication");
    expect(fake().requests).toHaveLength(1);
  });

  it("retries a rate-limited request and then succeeds", async () => {
    fake().queueEmbeddings(rateLimited);
    const vectors = await embedder({ maxRetries: 1 }).embedDocuments(texts);
    expect(vectors).toEqual(texts.map(fakeVector));
    expect(fake().requests).toHaveLength(2);
  });

  it("reports a rate limit that outlasts the retries", async () => {
    fake().queueEmbeddings(rateLimited);
    const error = await failure(embedder().embedQuery("potholes"));
    expect(error.failure).toBe("rate-limit");
    expect(error.message).toMatch(
      /^OpenAI embeddings failed: 429 rate limited, retries used up \(OPENAI_MAX_RETRIES\): Rate limit reached/,
    );
  });

  it("does not retry an exhausted quota and says so", async () => {
    fake().queueEmbeddings({
      kind: "error",
      status: 429,
      type: "insufficient_quota",
      code: "insufficient_quota",
      message: "You exceeded your current quota, please check your plan and billing details.",
    });
    const error = await failure(embedder({ maxRetries: 2 }).embedQuery("potholes"));
    expect(error.message).toBe(
      "OpenAI embeddings failed: 429 quota exhausted: You exceeded your current quota, please check your plan and billing details.",
    );
    expect(fake().requests).toHaveLength(1);
  });

  it("turns a timeout into one clear message", async () => {
    fake().queueEmbeddings({ kind: "vectors", vectors: [fakeVector("potholes")], delayMs: 1_000 });
    const error = await failure(embedder().embedQuery("potholes"));
    expect(error.message).toBe("OpenAI embeddings failed: no answer within the time limit (OPENAI_TIMEOUT_MS)");
    expect(error.failure).toBe("timeout");
  });

  it("says the base URL cannot be reached when nothing listens there", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await failure(embedder({ baseUrl: `http://127.0.0.1:${port}/v1` }).embedQuery("potholes"));
    expect(error.failure).toBe("connection");
    expect(error.message).toMatch(/^OpenAI embeddings failed: cannot reach the API \(OPENAI_BASE_URL\): /);
  });

  it("rejects a response holding vectors of different sizes", async () => {
    fake().queueEmbeddings({ kind: "vectors", vectors: [[0.5, 0.25], [0.5]] });
    const error = await failure(embedder().embedDocuments(["potholes", "roads"]));
    expect(error.failure).toBe("bad-response");
  });
});

describe("probeEmbeddings", () => {
  it("reports the dimension of a working embedder", async () => {
    expect(await probeEmbeddings(embedder())).toEqual({ success: true, dimension: fakeVectorDimension });
  });

  it("reports a failing embedder's message instead of throwing, so the caller can fall back offline", async () => {
    fake().queueEmbeddings({
      kind: "error",
      status: 401,
      message: "Incorrect API key provided: sk-test.",
      type: "invalid_request_error",
      code: "invalid_api_key",
    });
    expect(await probeEmbeddings(embedder())).toEqual({
      success: false,
      error: "OpenAI embeddings failed: 401 invalid API key (OPENAI_API_KEY)",
    });
  });
});
