import { z } from "zod";

/** OpenAI settings read from the environment; `baseUrl` null means the public API. */
export type OpenAiConfig = {
  readonly apiKey: string;
  readonly baseUrl: string | null;
  readonly chatModel: string;
  readonly embeddingModel: string;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  /** Consecutive failures after which the chat model is skipped for `circuitCoolDownMs` (default 3, 60 s). */
  readonly circuitFailures?: number;
  readonly circuitCoolDownMs?: number;
};

// An empty variable (`OPENAI_API_KEY=` in a copied .env) means unset, not an invalid value.
const unsetWhenEmpty = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const environmentSchema = z.object({
  OPENAI_API_KEY: z.preprocess(unsetWhenEmpty, z.string().trim().optional()),
  OPENAI_BASE_URL: z.preprocess(
    unsetWhenEmpty,
    z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }).optional(),
  ),
  OPENAI_MODEL: z.preprocess(unsetWhenEmpty, z.string().trim().default("gpt-4o-mini")),
  OPENAI_EMBEDDING_MODEL: z.preprocess(unsetWhenEmpty, z.string().trim().default("text-embedding-3-small")),
  OPENAI_TIMEOUT_MS: z.preprocess(
    unsetWhenEmpty,
    z.coerce
      .number({ error: "expected a number of milliseconds" })
      .int("expected a whole number of milliseconds")
      .positive("expected a positive number of milliseconds")
      .default(20_000),
  ),
  OPENAI_MAX_RETRIES: z.preprocess(
    unsetWhenEmpty,
    z.coerce
      .number({ error: "expected a number of retries" })
      .int("expected a whole number of retries")
      .min(0, "expected 0 or more retries")
      .max(10, "expected at most 10 retries")
      .default(2),
  ),
  OPENAI_CIRCUIT_FAILURES: z.preprocess(
    unsetWhenEmpty,
    z.coerce
      .number({ error: "expected a number of failures" })
      .int("expected a whole number of failures")
      .positive("expected 1 or more failures")
      .default(3),
  ),
  OPENAI_CIRCUIT_COOLDOWN_MS: z.preprocess(
    unsetWhenEmpty,
    z.coerce
      .number({ error: "expected a number of milliseconds" })
      .int("expected a whole number of milliseconds")
      .positive("expected a positive number of milliseconds")
      .default(60_000),
  ),
});

/**
 * Read the OpenAI settings from the environment: null when `OPENAI_API_KEY` is unset (the bot runs offline).
 * Throws one line naming the variable when a value is invalid, e.g. "OPENAI_TIMEOUT_MS: expected a number of milliseconds".
 */
export function openAiConfig(
  environment: Readonly<Record<string, string | undefined>> = process.env,
): OpenAiConfig | null {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${issue.path.join(".")}: ${issue.message}`);
  }
  const variables = parsed.data;
  if (variables.OPENAI_API_KEY === undefined) return null;
  return {
    apiKey: variables.OPENAI_API_KEY,
    // Trailing slashes would double up in request paths on some servers.
    baseUrl: variables.OPENAI_BASE_URL?.replace(/\/+$/, "") ?? null,
    chatModel: variables.OPENAI_MODEL,
    embeddingModel: variables.OPENAI_EMBEDDING_MODEL,
    timeoutMs: variables.OPENAI_TIMEOUT_MS,
    maxRetries: variables.OPENAI_MAX_RETRIES,
    circuitFailures: variables.OPENAI_CIRCUIT_FAILURES,
    circuitCoolDownMs: variables.OPENAI_CIRCUIT_COOLDOWN_MS,
  };
}
