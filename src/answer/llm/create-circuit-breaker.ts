import type { OpenAiFailure, OpenAiRequestError } from "../../search/openai-request-error.js";

export type CircuitState = "closed" | "open" | "half-open";

/**
 * Whether the chat model may be called now, and what came of the calls made. Stateful, one per engine: while the
 * endpoint is down every question would otherwise wait out the timeout and retries again.
 */
export interface CircuitBreaker {
  /** True when a call may be made: always while closed; once per cool-down (a trial call) when it has run out. */
  allow(): boolean;
  /** An allowed call got an answer from the endpoint (even one the checks then reject). */
  succeeded(): void;
  /** An allowed call failed. Only failures of the endpoint count (down, slow, refusing, rate-limited), not a bad answer. */
  failed(error: OpenAiRequestError): void;
  state(): CircuitState;
}

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit; default 3. */
  readonly failureThreshold?: number;
  /** How long the model is skipped once open, unless the server asked for longer (`Retry-After`); default 60 s. */
  readonly coolDownMs?: number;
  /** The longest `Retry-After` honoured, so a bad header cannot switch the model off for hours; default 15 min. */
  readonly maxCoolDownMs?: number;
  readonly now?: () => number;
  /** Told once when the circuit opens and once when the model answers again. */
  readonly log?: (line: string) => void;
}

// A bad request or an answer of the wrong shape says the endpoint is up: those fall back per question, as before.
const endpointFailures = new Set<OpenAiFailure>([
  "authentication",
  "permission",
  "not-found",
  "quota",
  "rate-limit",
  "timeout",
  "connection",
  "server",
]);

/**
 * A circuit breaker for the chat model: after `failureThreshold` consecutive endpoint failures it opens for the
 * cool-down (longer when `Retry-After` asks for longer), or at once for as long as `Retry-After` says; while open,
 * questions are answered offline at once, with no call; then one trial call is let through — an answer closes it, a failure opens it again.
 */
export function createCircuitBreaker(options: CircuitBreakerOptions = {}): CircuitBreaker {
  const threshold = options.failureThreshold ?? 3;
  const coolDownMs = options.coolDownMs ?? 60_000;
  const maxCoolDownMs = options.maxCoolDownMs ?? 15 * 60_000;
  const now = options.now ?? Date.now;
  const log = options.log ?? (() => {});
  let failures = 0;
  let openUntil: number | null = null;
  let trialSince: number | null = null;

  const open = (
    error: OpenAiRequestError,
    reason: string,
    wantedMs = Math.max(coolDownMs, error.retryAfterMs ?? 0),
  ) => {
    const waitMs = Math.min(maxCoolDownMs, wantedMs);
    openUntil = now() + waitMs;
    trialSince = null;
    log(
      `${reason} (last: ${error.message}); answering offline without calling the model for ${Math.round(waitMs / 1000)} s.`,
    );
  };

  return {
    allow() {
      if (openUntil === null) return true;
      if (now() < openUntil) return false;
      // One trial at a time; a trial that never reported back (it cannot, but be safe) is replaced after a cool-down.
      if (trialSince !== null && now() - trialSince < coolDownMs) return false;
      trialSince = now();
      return true;
    },
    succeeded() {
      if (openUntil !== null) log("OpenAI is answering again; questions use the model again.");
      failures = 0;
      openUntil = null;
      trialSince = null;
    },
    failed(error) {
      if (!endpointFailures.has(error.failure)) return this.succeeded();
      failures += 1;
      if (trialSince !== null) return open(error, "OpenAI still failing after the cool-down");
      if (openUntil !== null) return; // a call let through before the circuit opened, reporting late
      // The server said when to come back: no point asking before then, whatever the count.
      if (error.retryAfterMs !== null && error.retryAfterMs > 0)
        return open(error, `OpenAI asked to wait ${Math.round(error.retryAfterMs / 1000)} s`, error.retryAfterMs);
      if (failures >= threshold) open(error, `OpenAI failed ${failures === 1 ? "once" : `${failures} times in a row`}`);
    },
    state() {
      if (openUntil === null) return "closed";
      return now() < openUntil ? "open" : "half-open";
    },
  };
}
