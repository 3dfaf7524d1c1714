import { z } from "zod";

/** What went wrong talking to OpenAI, coarse enough for a caller to decide what to do (fall back, tell the operator). */
export type OpenAiFailure =
  | "authentication"
  | "permission"
  | "not-found"
  | "quota"
  | "rate-limit"
  | "timeout"
  | "connection"
  | "server"
  | "bad-request"
  | "bad-response";

/**
 * A failed OpenAI call with one user-readable message naming the setting to check, e.g.
 * "OpenAI embeddings failed: 401 invalid API key (OPENAI_API_KEY)". Built from whatever the `openai` client,
 * LangChain's retry layer or an output parser threw, so callers handle one error type.
 */
export class OpenAiRequestError extends Error {
  override readonly name = "OpenAiRequestError";

  constructor(
    readonly operation: string,
    readonly failure: OpenAiFailure,
    /** HTTP status when the server answered; null for timeouts, connection and parse failures. */
    readonly status: number | null,
    description: string,
    options?: { cause?: unknown },
    /** How long the server asked callers to wait (`Retry-After`, `retry-after-ms`); null when it did not say. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(`OpenAI ${operation} failed: ${description}`, options);
  }

  /** Classify an error thrown during `operation` ("embeddings", "planning", "drafting"); an `OpenAiRequestError` passes through. */
  static from(operation: string, error: unknown): OpenAiRequestError {
    if (error instanceof OpenAiRequestError) return error;
    const [failure, status, description] = classify(error);
    return new OpenAiRequestError(operation, failure, status, description, { cause: error }, retryAfter(error));
  }
}

/** The wait a 429 or 503 asked for, from the response headers the `openai` client keeps on its errors. */
function retryAfter(error: unknown, now = Date.now()): number | null {
  const headers = (error as { headers?: unknown } | null)?.headers;
  const header = (name: string): string | null => {
    if (headers instanceof Headers) return headers.get(name);
    const value =
      typeof headers === "object" && headers !== null ? (headers as Record<string, unknown>)[name] : undefined;
    return typeof value === "string" ? value : null;
  };
  const milliseconds = Number(header("retry-after-ms") ?? Number.NaN);
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = header("retry-after");
  if (value === null) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function classify(error: unknown): [OpenAiFailure, number | null, string] {
  const status = numberProperty(error, "status");
  const detail = serverMessage(error);
  if (status === 401) return ["authentication", status, "401 invalid API key (OPENAI_API_KEY)"];
  if (status === 403) return ["permission", status, `403 access denied: ${detail}`];
  if (status === 404)
    return [
      "not-found",
      status,
      `404 model or endpoint not found (OPENAI_MODEL, OPENAI_EMBEDDING_MODEL, OPENAI_BASE_URL): ${detail}`,
    ];
  if (status === 429 && isQuotaExhausted(error, detail)) return ["quota", status, `429 quota exhausted: ${detail}`];
  if (status === 429)
    return ["rate-limit", status, `429 rate limited, retries used up (OPENAI_MAX_RETRIES): ${detail}`];
  if (status !== null && status >= 500) return ["server", status, `${status} server error: ${detail}`];
  if (status !== null) return ["bad-request", status, `${status} ${detail}`];
  if (stringProperty(error, "name") === "TimeoutError" || constructorName(error) === "APIConnectionTimeoutError") {
    return ["timeout", null, "no answer within the time limit (OPENAI_TIMEOUT_MS)"];
  }
  if (constructorName(error) === "APIConnectionError") {
    return ["connection", null, `cannot reach the API (OPENAI_BASE_URL): ${causeMessage(error)}`];
  }
  // LangChain validates with zod's core parser, whose errors are `$ZodError`s rather than classic `ZodError`s.
  if (error instanceof z.core.$ZodError) {
    return ["bad-response", null, `the answer did not have the expected shape: ${summariseIssues(error)}`];
  }
  if (error instanceof SyntaxError || constructorName(error) === "OutputParserException") {
    return ["bad-response", null, `the answer was not valid JSON: ${firstLine(detail)}`];
  }
  return ["bad-response", null, firstLine(detail)];
}

function isQuotaExhausted(error: unknown, detail: string): boolean {
  const name = stringProperty(error, "name");
  return (
    stringProperty(error, "code") === "insufficient_quota" ||
    name === "InsufficientQuotaError" ||
    name === "RateLimitQuotaExhaustedError" ||
    /quota|billing/i.test(detail)
  );
}

/** The server's own words: the error body's message, without the client's status prefix or LangChain's troubleshooting link. */
function serverMessage(error: unknown): string {
  const body = (error as { error?: unknown } | null)?.error;
  const fromBody = stringProperty(body, "message");
  const message = fromBody ?? stringProperty(error, "message") ?? String(error);
  return firstLine(message.replace(/^\d{3}\s+/, "")) || "no details";
}

function causeMessage(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  return (
    stringProperty(cause, "code") ??
    stringProperty(cause, "message") ??
    stringProperty(error, "message") ??
    "connection error"
  );
}

function summariseIssues(error: z.core.$ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join(".") || "(root)"}: ${issue.message}`)
    .join("; ");
}

function firstLine(text: string): string {
  return text.split("\n")[0]!.trim();
}

function constructorName(value: unknown): string | undefined {
  return typeof value === "object" && value !== null ? value.constructor.name : undefined;
}

function numberProperty(value: unknown, key: string): number | null {
  const property = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof property === "number" ? property : null;
}

function stringProperty(value: unknown, key: string): string | undefined {
  const property = typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return typeof property === "string" ? property : undefined;
}
