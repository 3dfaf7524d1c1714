import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEngine, type Engine } from "../../src/engine/create-engine.js";
import { createCircuitBreaker } from "../../src/answer/llm/create-circuit-breaker.js";
import type { Plan } from "../../src/answer/plan/plan.js";
import { OpenAiRequestError, type OpenAiFailure } from "../../src/search/openai-request-error.js";
import { startFakeOpenAiServer, type FakeOpenAiServer } from "../support/fake-openai-server.js";

const failure = (kind: OpenAiFailure, retryAfterMs: number | null = null) =>
  new OpenAiRequestError("planning", kind, 500, "500 server error: down", undefined, retryAfterMs);

describe("createCircuitBreaker", () => {
  function breaker(options: { failureThreshold?: number; coolDownMs?: number } = {}) {
    let clock = 1_000_000;
    const lines: string[] = [];
    const circuit = createCircuitBreaker({
      failureThreshold: 3,
      coolDownMs: 60_000,
      ...options,
      now: () => clock,
      log: (line) => lines.push(line),
    });
    return { circuit, lines, advance: (milliseconds: number) => (clock += milliseconds) };
  }

  it("opens after the threshold of consecutive failures, and says so once", () => {
    const { circuit, lines } = breaker();
    for (let call = 0; call < 3; call += 1) {
      expect(circuit.allow()).toBe(true);
      circuit.failed(failure("server"));
    }
    expect(circuit.state()).toBe("open");
    expect([circuit.allow(), circuit.allow()]).toEqual([false, false]);
    expect(lines).toEqual([
      "OpenAI failed 3 times in a row (last: OpenAI planning failed: 500 server error: down); answering offline without calling the model for 60 s.",
    ]);
  });

  it("a success between failures starts the count again", () => {
    const { circuit } = breaker();
    circuit.failed(failure("timeout"));
    circuit.failed(failure("connection"));
    circuit.succeeded();
    circuit.failed(failure("server"));
    circuit.failed(failure("server"));
    expect(circuit.state()).toBe("closed");
  });

  it("does not count an answer of the wrong shape or a bad request: the endpoint is up", () => {
    const { circuit } = breaker({ failureThreshold: 1 });
    circuit.failed(failure("bad-response"));
    circuit.failed(failure("bad-request"));
    expect(circuit.state()).toBe("closed");
  });

  it("lets one trial call through after the cool-down: an answer closes it, a failure opens it again", () => {
    const { circuit, lines, advance } = breaker({ failureThreshold: 1 });
    circuit.failed(failure("server"));
    advance(59_999);
    expect(circuit.allow()).toBe(false);
    advance(1);
    expect(circuit.state()).toBe("half-open");
    expect([circuit.allow(), circuit.allow()]).toEqual([true, false]);
    circuit.failed(failure("server"));
    expect(circuit.state()).toBe("open");
    advance(60_000);
    expect(circuit.allow()).toBe(true);
    circuit.succeeded();
    expect(circuit.state()).toBe("closed");
    expect([circuit.allow(), circuit.allow()]).toEqual([true, true]);
    expect(lines.map((line) => line.split(" (")[0])).toEqual([
      "OpenAI failed once",
      "OpenAI still failing after the cool-down",
      "OpenAI is answering again; questions use the model again.",
    ]);
  });

  it("honours Retry-After: at once for as long as asked, and never shorter than asked after the threshold", () => {
    const asked = breaker();
    asked.circuit.failed(failure("rate-limit", 5_000));
    expect(asked.circuit.state()).toBe("open");
    asked.advance(5_000);
    expect(asked.circuit.allow()).toBe(true);
    expect(asked.lines[0]).toMatch(/^OpenAI asked to wait 5 s .*for 5 s\.$/);

    const longer = breaker({ failureThreshold: 1, coolDownMs: 1_000 });
    longer.circuit.failed(failure("rate-limit", 120_000));
    longer.advance(119_000);
    expect(longer.circuit.allow()).toBe(false);
    const capped = breaker();
    capped.circuit.failed(failure("rate-limit", 24 * 3_600_000));
    capped.advance(15 * 60_000);
    expect(capped.circuit.allow()).toBe(true);
  });
});

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

describe("the engine with the circuit breaker, against a local OpenAI server that fails then recovers (real ChatOpenAI client)", () => {
  let server: FakeOpenAiServer;
  let engine: Engine;
  let folder: string;
  const lines: string[] = [];
  // "wrapped up" is no rating or topic the offline planner knows, so it is unsure and asks the model.
  const vague = "Which ones are wrapped up?";
  const chatRequests = () => server.requests.filter((request) => request.path.endsWith("/chat/completions")).length;
  const ask = () => engine.ask(vague, { previousPlan: null });

  beforeAll(async () => {
    server = await startFakeOpenAiServer();
    folder = mkdtempSync(path.join(tmpdir(), "engine-circuit-"));
    engine = await createEngine({
      databasePath: path.join(folder, "records.sqlite"),
      indexDirectory: path.join(folder, "index"),
      openAi: {
        apiKey: "sk-test",
        baseUrl: server.baseUrl,
        chatModel: "test-chat-model",
        embeddingModel: "text-embedding-3-small",
        timeoutMs: 2_000,
        maxRetries: 0,
        circuitFailures: 3,
        circuitCoolDownMs: 1_000,
      },
      log: (line) => lines.push(line),
    });
  });
  afterAll(async () => {
    engine.close();
    rmSync(folder, { recursive: true, force: true });
    await server.close();
  });

  it("while the endpoint answers 500, stops calling it after 3 questions and answers the next 7 offline at once, logging it once", async () => {
    lines.length = 0;
    const before = chatRequests();
    const timings: number[] = [];
    for (let question = 0; question < 10; question += 1) {
      const started = performance.now();
      const answer = await ask();
      timings.push(performance.now() - started);
      expect(answer.status).toBe("answered");
      expect(answer.answer).toContain("25 objectives in the Q2 2025-26 report");
    }
    expect(chatRequests() - before).toBe(3);
    expect(lines.filter((line) => line.startsWith("OpenAI failed 3 times in a row"))).toHaveLength(1);
    expect(Math.max(...timings.slice(3))).toBeLessThan(250);
  });

  it("after the cool-down one trial call reaches the recovered endpoint, and its plan is used", async () => {
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    server.queueChat({ kind: "structured", value: completedInYearEnd });
    const before = chatRequests();
    const answer = await ask();
    expect(chatRequests() - before).toBe(1);
    expect(answer.answer).toContain("9 objectives rated Complete in the 2024-25 year-end report");
    expect(lines.at(-1)).toBe("OpenAI is answering again; questions use the model again.");
  });

  it("a 429 with Retry-After opens it at once for that long, read from the real client's error", async () => {
    server.queueChat({
      kind: "error",
      status: 429,
      message: "Rate limit reached",
      type: "requests",
      code: "rate_limit_exceeded",
      headers: { "retry-after": "2" },
    });
    const before = chatRequests();
    await ask();
    await ask();
    expect(chatRequests() - before).toBe(1);
    expect(lines.filter((line) => line.startsWith("OpenAI asked to wait 2 s"))).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    server.queueChat({ kind: "structured", value: completedInYearEnd });
    await ask();
    expect(chatRequests() - before).toBe(2);
  });
});
