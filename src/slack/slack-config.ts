import { z } from "zod";

/** How the bot runs in Slack, parsed once from the environment at start. */
export interface SlackConfig {
  readonly botToken: string;
  readonly mode: "socket" | "http";
  /** App-level token (xapp-…); set in Socket Mode only. */
  readonly appToken: string | null;
  /** Set in HTTP mode, where every request is verified with it. */
  readonly signingSecret: string | null;
  /** HTTP port; 0 lets the system pick a free one. */
  readonly port: number;
  /** Web API base URL override (tests, proxies); null means Slack's own. */
  readonly apiUrl: string | null;
  /** Channel IDs the bot answers in; null means everywhere. Direct messages are always answered. */
  readonly allowedChannels: readonly string[] | null;
  /** Questions per user per minute; 0 turns the limit off. */
  readonly rateLimitPerMinute: number;
  readonly maxQuestionLength: number;
  /** The SQLite file 👍/👎 feedback is kept in. */
  readonly feedbackPath: string;
}

/** A missing or contradictory setting; the message is one line naming the variable. */
export class SlackConfigError extends Error {
  override readonly name = "SlackConfigError";
}

const wholeNumber = (variable: string, minimum: number, maximum: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: `${variable} must be a whole number` })
    .transform(Number)
    .refine((value) => value >= minimum && value <= maximum, {
      error: `${variable} must be between ${minimum} and ${maximum}`,
    });

const environmentSchema = z.object({
  SLACK_BOT_TOKEN: z
    .string({ error: "SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions" })
    .startsWith("xoxb-", { error: "SLACK_BOT_TOKEN must be a bot token starting with xoxb-" }),
  SLACK_APP_TOKEN: z
    .string()
    .startsWith("xapp-", { error: "SLACK_APP_TOKEN must be an app-level token starting with xapp-" })
    .optional(),
  SLACK_SIGNING_SECRET: z.string().optional(),
  SLACK_MODE: z.enum(["socket", "http"], { error: "SLACK_MODE must be socket or http" }).optional(),
  PORT: wholeNumber("PORT", 0, 65535).default(3000),
  SLACK_API_URL: z.url({ protocol: /^https?$/, error: "SLACK_API_URL must be an http(s) URL" }).optional(),
  SLACK_ALLOWED_CHANNELS: z
    .string()
    .transform((list) =>
      list
        .split(",")
        .map((channel) => channel.trim())
        .filter((channel) => channel !== ""),
    )
    .refine((channels) => channels.every((channel) => /^[CGD][A-Z0-9]{2,}$/.test(channel)), {
      error: "SLACK_ALLOWED_CHANNELS must list channel IDs such as C0123ABCD (not names), separated by commas",
    })
    .optional(),
  SLACK_RATE_LIMIT_PER_MINUTE: wholeNumber("SLACK_RATE_LIMIT_PER_MINUTE", 0, 10_000).default(10),
  SLACK_MAX_QUESTION_LENGTH: wholeNumber("SLACK_MAX_QUESTION_LENGTH", 10, 10_000).default(500),
  FEEDBACK_PATH: z.string().default("data/feedback.sqlite"),
});

/**
 * Reads the Slack settings from an environment. Blank values count as unset (as in a copied `.env.example`).
 * Socket Mode when SLACK_APP_TOKEN is set, unless SLACK_MODE=http; throws `SlackConfigError` on the first problem.
 */
export function parseSlackConfig(environment: Readonly<Record<string, string | undefined>>): SlackConfig {
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value.trim() !== ""),
  );
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? "environment");
    const message = issue?.message ?? "is invalid";
    throw new SlackConfigError(message.includes(variable) ? message : `${variable}: ${message}`);
  }
  const settings = parsed.data;
  const mode = settings.SLACK_MODE ?? (settings.SLACK_APP_TOKEN === undefined ? "http" : "socket");
  if (mode === "socket" && settings.SLACK_APP_TOKEN === undefined) {
    throw new SlackConfigError("SLACK_MODE=socket needs SLACK_APP_TOKEN (an app-level token with connections:write)");
  }
  if (mode === "http" && settings.SLACK_SIGNING_SECRET === undefined) {
    throw new SlackConfigError(
      "SLACK_SIGNING_SECRET is not set: HTTP mode verifies every request with it (Basic Information → Signing Secret)",
    );
  }
  return {
    botToken: settings.SLACK_BOT_TOKEN,
    mode,
    appToken: mode === "socket" ? (settings.SLACK_APP_TOKEN ?? null) : null,
    signingSecret: settings.SLACK_SIGNING_SECRET ?? null,
    port: settings.PORT,
    apiUrl: settings.SLACK_API_URL ?? null,
    allowedChannels: settings.SLACK_ALLOWED_CHANNELS ?? null,
    rateLimitPerMinute: settings.SLACK_RATE_LIMIT_PER_MINUTE,
    maxQuestionLength: settings.SLACK_MAX_QUESTION_LENGTH,
    feedbackPath: settings.FEEDBACK_PATH,
  };
}
