import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach } from "vitest";

/**
 * One scripted answer of the fake server. `delayMs` holds the response back (longer than the client's
 * timeout makes a timeout); the client may have given up by then, which the server tolerates.
 * `structured` answers a chat completion in the form the request asked for: `response_format: json_schema` → JSON
 * content, a forced tool → a tool call.
 */
export type FakeReply = {
  delayMs?: number;
} & (
  | { kind: "structured"; value: unknown }
  /** A chat completion whose assistant content is this text, verbatim (use it for malformed JSON). */
  | { kind: "content"; content: string }
  /** An embeddings response with these vectors, encoded the way the request asked (float or base64). */
  | { kind: "vectors"; vectors: number[][] }
  /** An OpenAI-style error body `{"error":{message,type,code}}` with this status and optional headers. */
  | {
      kind: "error";
      status: number;
      message: string;
      type?: string;
      code?: string | null;
      headers?: Record<string, string>;
    }
  /** Any status and body, unchecked: for answers no real server would give. */
  | { kind: "raw"; status: number; body: string }
);

/** A request the fake server received, with its body parsed as JSON. */
export type RecordedRequest = {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: Record<string, unknown>;
};

export type FakeOpenAiServer = {
  /** Base URL to hand to the clients, ending in `/v1` like the real one. */
  baseUrl: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  /** Queue replies for `POST /v1/chat/completions`; when the queue is empty the server answers 500. */
  queueChat(...replies: FakeReply[]): void;
  /** Queue replies for `POST /v1/embeddings`; when the queue is empty the server answers with `fakeVector` of each input. */
  queueEmbeddings(...replies: FakeReply[]): void;
  close(): Promise<void>;
};

/** Dimension of the default vectors. */
export const fakeVectorDimension = 8;

/** The default vector the fake server returns for a text: deterministic, so a test can tell which text a vector belongs to. */
export function fakeVector(text: string): number[] {
  const vector = new Array<number>(fakeVectorDimension).fill(0);
  for (let index = 0; index < text.length; index += 1) {
    const slot = index % fakeVectorDimension;
    vector[slot] = (vector[slot]! * 31 + text.charCodeAt(index)) % 1000;
  }
  // Rounded to what float32 holds exactly, so a base64 round trip returns the same numbers.
  return vector.map((component) => component / 1024);
}

/**
 * Start a local server on 127.0.0.1 that speaks the OpenAI wire format for chat completions and embeddings,
 * so tests exercise the real `openai` / `@langchain/openai` clients against scripted answers.
 */
export async function startFakeOpenAiServer(): Promise<FakeOpenAiServer> {
  const requests: RecordedRequest[] = [];
  const chatQueue: FakeReply[] = [];
  const embeddingsQueue: FakeReply[] = [];

  const server = createServer((request, response) => {
    void handle(request, response);
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = parseBody(await readBody(request));
    const path = (request.url ?? "").split("?")[0] ?? "";
    requests.push({ method: request.method ?? "", path, headers: request.headers, body });
    if (request.method === "POST" && path === "/v1/chat/completions") {
      return reply(response, chatQueue.shift() ?? noScriptedReply("chat completion"), body);
    }
    if (request.method === "POST" && path === "/v1/embeddings") {
      return reply(response, embeddingsQueue.shift() ?? defaultVectors(body), body);
    }
    send(response, 404, errorBody(`fake server: no route ${request.method} ${path}`, "invalid_request_error", null));
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    queueChat: (...replies) => chatQueue.push(...replies),
    queueEmbeddings: (...replies) => embeddingsQueue.push(...replies),
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Requests held back by a delay would otherwise keep the server open.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/**
 * Give each test of the calling file a fresh fake server, closed after it. Returns the current test's server:
 * call it inside a test (`fake().queueChat(…)`), not at the top of the file.
 */
export function useFakeOpenAiServer(): () => FakeOpenAiServer {
  let current: FakeOpenAiServer | undefined;
  beforeEach(async () => {
    current = await startFakeOpenAiServer();
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error("useFakeOpenAiServer: the server exists only while a test runs");
    return current;
  };
}

async function reply(response: ServerResponse, scripted: FakeReply, request: Record<string, unknown>): Promise<void> {
  if (scripted.delayMs) await new Promise((resolve) => setTimeout(resolve, scripted.delayMs));
  if (response.destroyed) return;
  switch (scripted.kind) {
    case "structured":
      return send(response, 200, structuredCompletion(scripted.value, request));
    case "content":
      return send(
        response,
        200,
        completion(request, { role: "assistant", content: scripted.content, refusal: null }, "stop"),
      );
    case "vectors":
      return send(response, 200, embeddingsBody(scripted.vectors, request));
    case "error":
      return send(
        response,
        scripted.status,
        errorBody(scripted.message, scripted.type ?? "error", scripted.code ?? null),
        scripted.headers,
      );
    case "raw":
      return send(response, scripted.status, scripted.body);
  }
}

function structuredCompletion(value: unknown, request: Record<string, unknown>): string {
  const tools = request.tools as { function: { name: string } }[] | undefined;
  const forcedTool = tools?.[0];
  if (forcedTool) {
    const toolCall = {
      id: "call_fake_1",
      type: "function",
      function: { name: forcedTool.function.name, arguments: JSON.stringify(value) },
    };
    return completion(
      request,
      { role: "assistant", content: null, tool_calls: [toolCall], refusal: null },
      "tool_calls",
    );
  }
  return completion(request, { role: "assistant", content: JSON.stringify(value), refusal: null }, "stop");
}

function completion(request: Record<string, unknown>, message: Record<string, unknown>, finishReason: string): string {
  return JSON.stringify({
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: 1_760_000_000,
    model: request.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  });
}

function embeddingsBody(vectors: number[][], request: Record<string, unknown>): string {
  const base64 = request.encoding_format === "base64";
  const data = vectors.map((vector, index) => ({
    object: "embedding",
    index,
    embedding: base64 ? Buffer.from(new Float32Array(vector).buffer).toString("base64") : vector,
  }));
  return JSON.stringify({ object: "list", data, model: request.model, usage: { prompt_tokens: 1, total_tokens: 1 } });
}

function defaultVectors(request: Record<string, unknown>): FakeReply {
  const input = request.input;
  const texts = Array.isArray(input) ? input.map(String) : [String(input)];
  return { kind: "vectors", vectors: texts.map(fakeVector) };
}

function noScriptedReply(what: string): FakeReply {
  return { kind: "error", status: 500, message: `fake server: no scripted ${what} reply`, type: "server_error" };
}

function errorBody(message: string, type: string, code: string | null): string {
  return JSON.stringify({ error: { message, type, param: null, code } });
}

function send(response: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  response.writeHead(status, { "content-type": "application/json", ...headers });
  response.end(body);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    request.on("error", reject);
  });
}

function parseBody(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
