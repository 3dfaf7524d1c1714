import { createHmac } from "node:crypto";
import { fakeBot } from "./fake-slack-api.js";

/** Where a Slack app in HTTP mode listens, and the secret Slack signs with. */
export interface SlackTarget {
  readonly url: string;
  readonly signingSecret: string;
}

interface SendOptions {
  readonly headers?: Record<string, string>;
  /** Overrides the computed signature (to send a forged request). */
  readonly signature?: string;
}

/** Slack's request signature: `v0=` HMAC-SHA256 of `v0:timestamp:raw body` with the signing secret. */
export function signSlackRequest(signingSecret: string, timestamp: number, rawBody: string): string {
  return `v0=${createHmac("sha256", signingSecret).update(`v0:${timestamp}:${rawBody}`).digest("hex")}`;
}

/** Posts a raw body signed exactly as Slack does. */
export async function postSigned(
  target: SlackTarget,
  rawBody: string,
  contentType: string,
  options: SendOptions = {},
): Promise<Response> {
  const timestamp = Math.floor(Date.now() / 1000);
  return fetch(target.url, {
    method: "POST",
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": options.signature ?? signSlackRequest(target.signingSecret, timestamp, rawBody),
      ...options.headers,
    },
    body: rawBody,
  });
}

let eventCount = 0;

/** Wraps an event in the Events API envelope (`event_callback`), with a fresh `event_id` unless one is given. */
export function eventEnvelope(event: Record<string, unknown>, eventId = `Ev${String(++eventCount).padStart(8, "0")}`) {
  return {
    token: "legacy-verification-token",
    team_id: fakeBot.teamId,
    api_app_id: "A0PERF",
    event,
    type: "event_callback",
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: fakeBot.teamId, user_id: fakeBot.userId, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

/** Sends an Events API body as JSON; `retryNum` adds Slack's redelivery headers. */
export function sendEvent(
  target: SlackTarget,
  body: Record<string, unknown>,
  { retryNum, signature }: { retryNum?: number; signature?: string } = {},
) {
  const headers: Record<string, string> =
    retryNum === undefined ? {} : { "x-slack-retry-num": String(retryNum), "x-slack-retry-reason": "http_timeout" };
  return postSigned(target, JSON.stringify(body), "application/json", {
    headers,
    ...(signature === undefined ? {} : { signature }),
  });
}

/** Sends a slash command, form-encoded as Slack does. */
export function sendCommand(target: SlackTarget, fields: Record<string, string>) {
  const form = new URLSearchParams({
    token: "legacy-verification-token",
    team_id: fakeBot.teamId,
    api_app_id: "A0PERF",
    command: "/perf",
    trigger_id: "1.2.3",
    ...fields,
  });
  return postSigned(target, form.toString(), "application/x-www-form-urlencoded");
}

/** Sends an interaction (a button click): form-encoded with the JSON in one `payload` field. */
export function sendInteraction(target: SlackTarget, payload: Record<string, unknown>) {
  const form = new URLSearchParams({ payload: JSON.stringify(payload) });
  return postSigned(target, form.toString(), "application/x-www-form-urlencoded");
}
