import type { AskQuestion } from "../../src/answer/answer.js";
import type { Catalogue } from "../../src/slack/summarise-catalogue.js";
import { eventEnvelope, sendEvent } from "./slack-requests.js";
import { startTestSlackApp, type LogLine } from "./start-test-slack-app.js";
import { waitUntil } from "./wait-until.js";

/** How Slack's Web API misbehaves during a load run. */
export type LoadFault = "none" | "429-once" | "500";

export interface SlackLoadOptions {
  readonly ask: AskQuestion;
  readonly catalogue?: Catalogue;
  readonly events?: number;
  readonly users?: number;
  readonly concurrency?: number;
  readonly fault?: LoadFault;
  readonly questions?: readonly string[];
  /** Extra bot settings (e.g. a lower SLACK_RATE_LIMIT_PER_MINUTE, so some events get the rate-limit notice). */
  readonly environment?: Record<string, string>;
}

export interface SlackLoadResult {
  readonly events: number;
  readonly users: number;
  readonly concurrency: number;
  readonly fault: LoadFault;
  /** Time from sending each signed event to Slack's 200 (the ack), in milliseconds. */
  readonly ack: { readonly p50: number; readonly p95: number; readonly max: number };
  readonly notAcked: number;
  /** Events that got exactly one reply (an answer, or a rate-limit notice) — what should be all of them. */
  readonly answeredOnce: number;
  readonly answers: number;
  readonly notices: number;
  readonly lost: number;
  readonly duplicated: number;
  /** Calls the fake made fail (the fault injected), to show the fault happened. */
  readonly refusedCalls: number;
  /** Seconds from the first event to the last reply. */
  readonly seconds: number;
  readonly logs: readonly LogLine[];
}

/**
 * Sends distinct signed `app_mention` events to the bot in HTTP mode (real Bolt, real listeners, a fake Slack Web
 * API), `concurrency` at a time from `users` people, and counts per event what reached Slack: one answer or one
 * rate-limit notice is right; none is lost, two a duplicate. `fault` makes `chat.postMessage` answer 429 with
 * Retry-After once, or 500 for one answer throughout the client's retries.
 */
export async function runSlackLoad(options: SlackLoadOptions): Promise<SlackLoadResult> {
  const events = options.events ?? 200;
  const users = options.users ?? 20;
  const concurrency = options.concurrency ?? 20;
  const fault = options.fault ?? "none";
  const questions = options.questions ?? ["How many potholes have been repaired?"];
  const bot = await startTestSlackApp({
    ask: options.ask,
    ...(options.catalogue === undefined ? {} : { catalogue: options.catalogue }),
    ...(options.environment === undefined ? {} : { environment: options.environment }),
  });
  try {
    const threads = Array.from({ length: events }, (_, index) => `1763000000.${String(index + 1).padStart(6, "0")}`);
    // The fault hits the answer to the first event, so it is known which answer had to get through.
    const first = (body: Record<string, unknown>) => body.thread_ts === threads[0];
    if (fault === "429-once") bot.api.failNext("chat.postMessage", { status: 429, retryAfterSeconds: 1 }, 1, first);
    // Four failures cover the client's first try and its three retries, so the refusal reaches the bot.
    if (fault === "500") bot.api.failNext("chat.postMessage", { status: 500 }, 4, first);
    const ackTimes: number[] = [];
    let notAcked = 0;
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < events) {
        const index = next++;
        const ts = threads[index] as string;
        const question = `${questions[index % questions.length]} (#${index + 1})`;
        const event = {
          type: "app_mention",
          user: `U0LOAD${String(index % users).padStart(2, "0")}`,
          text: `<@UBOT> ${question}`,
          ts,
          event_ts: ts,
          channel: "C0LOAD",
        };
        const sent = performance.now();
        const response = await sendEvent(
          bot.target,
          eventEnvelope(event, `EvLoad${String(index + 1).padStart(5, "0")}`),
        );
        ackTimes.push(performance.now() - sent);
        if (response.status !== 200) notAcked += 1;
        await response.arrayBuffer();
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const repliesTo = (ts: string) =>
      bot.api.calls.filter(
        (call) =>
          (call.method === "chat.postMessage" || call.method === "chat.postEphemeral") &&
          call.body.thread_ts === ts &&
          call.refused !== true,
      );
    await waitUntil(
      () => threads.every((ts) => repliesTo(ts).length > 0),
      () => `a reply to each of ${events} events; ${threads.filter((ts) => repliesTo(ts).length > 0).length} so far`,
      60_000,
    );
    const seconds = (performance.now() - started) / 1000;
    // Give a late duplicate the chance to show itself before counting.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await bot.stop();
    const counts = threads.map((ts) => repliesTo(ts));
    const sorted = [...ackTimes].sort((left, right) => left - right);
    const at = (fraction: number) =>
      round(sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0);
    return {
      events,
      users,
      concurrency,
      fault,
      ack: { p50: at(0.5), p95: at(0.95), max: round(sorted.at(-1) ?? 0) },
      notAcked,
      answeredOnce: counts.filter((replies) => replies.length === 1).length,
      answers: counts.flat().filter((call) => call.method === "chat.postMessage").length,
      notices: counts.flat().filter((call) => call.method === "chat.postEphemeral").length,
      lost: counts.filter((replies) => replies.length === 0).length,
      duplicated: counts.filter((replies) => replies.length > 1).length,
      seconds: round(seconds),
      refusedCalls: bot.api.calls.filter((call) => call.refused === true).length,
      logs: bot.logs,
    };
  } catch (error) {
    await bot.stop();
    throw error;
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
