import { describe, expect, it } from "vitest";
import { parseSlackConfig, SlackConfigError } from "../../src/slack/slack-config.js";

const http = { SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_SIGNING_SECRET: "secret" };
const errorOf = (environment: Record<string, string | undefined>) => {
  try {
    parseSlackConfig(environment);
  } catch (error) {
    expect(error).toBeInstanceOf(SlackConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a SlackConfigError");
};

describe("parseSlackConfig", () => {
  it("runs in HTTP mode on port 3000 with the documented defaults when there is no app token", () => {
    expect(parseSlackConfig(http)).toEqual({
      botToken: "xoxb-1-2-abc",
      mode: "http",
      appToken: null,
      signingSecret: "secret",
      port: 3000,
      apiUrl: null,
      allowedChannels: null,
      rateLimitPerMinute: 10,
      maxQuestionLength: 500,
      feedbackPath: "data/feedback.sqlite",
    });
  });

  it("chooses Socket Mode when SLACK_APP_TOKEN is set, and HTTP again when SLACK_MODE=http says so", () => {
    expect(parseSlackConfig({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1" })).toMatchObject({
      mode: "socket",
      appToken: "xapp-1",
      signingSecret: null,
    });
    expect(parseSlackConfig({ ...http, SLACK_APP_TOKEN: "xapp-1", SLACK_MODE: "http" })).toMatchObject({
      mode: "http",
      appToken: null,
    });
  });

  it("reads every optional setting", () => {
    const config = parseSlackConfig({
      ...http,
      PORT: "0",
      SLACK_API_URL: "http://127.0.0.1:9999/api/",
      SLACK_ALLOWED_CHANNELS: "C0123ABCD, G0PRIVATE ,",
      SLACK_RATE_LIMIT_PER_MINUTE: "0",
      SLACK_MAX_QUESTION_LENGTH: "200",
      FEEDBACK_PATH: "/tmp/feedback.sqlite",
    });
    expect(config).toMatchObject({
      port: 0,
      apiUrl: "http://127.0.0.1:9999/api/",
      allowedChannels: ["C0123ABCD", "G0PRIVATE"],
      rateLimitPerMinute: 0,
      maxQuestionLength: 200,
      feedbackPath: "/tmp/feedback.sqlite",
    });
  });

  it("treats blank values as unset, as in a copied .env.example", () => {
    expect(parseSlackConfig({ ...http, SLACK_APP_TOKEN: "", PORT: " ", SLACK_ALLOWED_CHANNELS: "" })).toMatchObject({
      mode: "http",
      port: 3000,
      allowedChannels: null,
    });
  });

  it("gives one line naming the variable for a missing or malformed setting", () => {
    const cases: [Record<string, string | undefined>, RegExp][] = [
      [{}, /^SLACK_BOT_TOKEN is not set/],
      [{ ...http, SLACK_BOT_TOKEN: "xoxp-user-token" }, /^SLACK_BOT_TOKEN must be a bot token starting with xoxb-$/],
      [{ ...http, SLACK_APP_TOKEN: "xoxb-wrong" }, /^SLACK_APP_TOKEN must be an app-level token/],
      [{ ...http, SLACK_MODE: "websocket" }, /^SLACK_MODE must be socket or http$/],
      [{ ...http, PORT: "eighty" }, /^PORT must be a whole number$/],
      [{ ...http, PORT: "70000" }, /^PORT must be between 0 and 65535$/],
      [{ ...http, SLACK_API_URL: "slack.example" }, /^SLACK_API_URL must be an http\(s\) URL$/],
      [{ ...http, SLACK_ALLOWED_CHANNELS: "#highways" }, /^SLACK_ALLOWED_CHANNELS must list channel IDs/],
      [{ ...http, SLACK_RATE_LIMIT_PER_MINUTE: "-1" }, /^SLACK_RATE_LIMIT_PER_MINUTE must be a whole number$/],
      [{ ...http, SLACK_MAX_QUESTION_LENGTH: "2" }, /^SLACK_MAX_QUESTION_LENGTH must be between 10 and 10000$/],
    ];
    for (const [environment, expected] of cases) {
      const message = errorOf(environment);
      expect(message).toMatch(expected);
      expect(message).not.toContain("\n");
    }
  });

  it("refuses contradictory settings: Socket Mode without an app token, HTTP mode without a signing secret", () => {
    expect(errorOf({ ...http, SLACK_MODE: "socket" })).toMatch(/^SLACK_MODE=socket needs SLACK_APP_TOKEN/);
    expect(errorOf({ SLACK_BOT_TOKEN: "xoxb-1" })).toMatch(/^SLACK_SIGNING_SECRET is not set: HTTP mode/);
    expect(errorOf({ SLACK_BOT_TOKEN: "xoxb-1", SLACK_APP_TOKEN: "xapp-1", SLACK_MODE: "http" })).toMatch(
      /^SLACK_SIGNING_SECRET/,
    );
  });

  it("never puts a token in an error message", () => {
    expect(errorOf({ SLACK_BOT_TOKEN: "xoxp-secret-user-token", SLACK_SIGNING_SECRET: "s" })).not.toContain(
      "xoxp-secret-user-token",
    );
  });
});
