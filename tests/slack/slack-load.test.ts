import { describe, expect, it } from "vitest";
import { createScriptedEngine, potholesAnswer } from "../support/answer-fixtures.js";
import { runSlackLoad } from "../support/run-slack-load.js";

/** The engine takes a few milliseconds, as the real one does on this machine (bench: warm p95 about 4 ms). */
const engine = () => createScriptedEngine((question) => potholesAnswer(question));
const slowly =
  (ask: ReturnType<typeof engine>["ask"]): typeof ask =>
  async (question, context) => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    return ask(question, context);
  };

describe("the Slack bot under load: 200 distinct signed mentions from 20 people, 20 at a time, over HTTP", () => {
  it("acks every event in under 3 s and replies to each exactly once (an answer or a rate-limit notice)", async () => {
    const scripted = engine();
    const result = await runSlackLoad({ ask: slowly(scripted.ask) });
    console.info(
      `Slack load: ack p50 ${result.ack.p50} ms, p95 ${result.ack.p95} ms, max ${result.ack.max} ms; ${result.answers} answers, ${result.notices} notices in ${result.seconds} s`,
    );
    expect(result.notAcked).toBe(0);
    expect(result.ack.max).toBeLessThan(3000);
    expect(result.answeredOnce).toBe(200);
    expect(result.lost).toBe(0);
    expect(result.duplicated).toBe(0);
    expect(result.answers + result.notices).toBe(200);
    expect(scripted.calls.length).toBe(result.answers);
  }, 90_000);

  it("replies with exactly one answer or one private rate-limit notice when people ask faster than the limit", async () => {
    const scripted = engine();
    const result = await runSlackLoad({ ask: slowly(scripted.ask), environment: { SLACK_RATE_LIMIT_PER_MINUTE: "5" } });
    expect(result.ack.max).toBeLessThan(3000);
    expect(result.answeredOnce).toBe(200);
    expect(result.answers).toBe(100);
    expect(result.notices).toBe(100);
    expect(result.lost + result.duplicated).toBe(0);
    expect(scripted.calls.length).toBe(100);
  }, 90_000);

  it("still delivers every answer when Slack answers one chat.postMessage with 429 and Retry-After", async () => {
    const result = await runSlackLoad({ ask: slowly(engine().ask), fault: "429-once" });
    expect(result.refusedCalls).toBe(1);
    expect(result.ack.max).toBeLessThan(3000);
    expect(result.answeredOnce).toBe(200);
    expect(result.lost + result.duplicated).toBe(0);
    expect(result.logs.some((entry) => entry.line.includes("unhandled"))).toBe(false);
  }, 90_000);

  it("logs a 500 from Slack with a reference id, sends that answer as plain text, and keeps serving the rest", async () => {
    const result = await runSlackLoad({ ask: slowly(engine().ask), fault: "500" });
    expect(result.ack.max).toBeLessThan(3000);
    expect(result.refusedCalls).toBeGreaterThanOrEqual(1);
    const refused = result.logs.find((entry) => entry.line.includes("HTTP 500"));
    expect(refused?.line).toMatch(/reference [0-9a-f]{8}/);
    expect(result.answeredOnce).toBe(200);
    expect(result.lost + result.duplicated).toBe(0);
  }, 90_000);
});
