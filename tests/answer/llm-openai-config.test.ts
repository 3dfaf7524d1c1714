import { describe, expect, it } from "vitest";
import { openAiConfig } from "../../src/engine/openai-config.js";

describe("openAiConfig", () => {
  it("is null when OPENAI_API_KEY is unset or empty, so the bot runs offline", () => {
    expect(openAiConfig({})).toBeNull();
    expect(openAiConfig({ OPENAI_API_KEY: "  ", OPENAI_MODEL: "gpt-4o" })).toBeNull();
  });

  it("fills the defaults when only the key is set", () => {
    expect(openAiConfig({ OPENAI_API_KEY: "sk-test" })).toEqual({
      apiKey: "sk-test",
      baseUrl: null,
      chatModel: "gpt-4o-mini",
      embeddingModel: "text-embedding-3-small",
      timeoutMs: 20_000,
      maxRetries: 2,
      circuitFailures: 3,
      circuitCoolDownMs: 60_000,
    });
  });

  it("reads every variable, treating an empty one as unset and trimming the base URL's trailing slash", () => {
    const environment = {
      OPENAI_API_KEY: "sk-test",
      OPENAI_BASE_URL: "http://127.0.0.1:8080/v1/",
      OPENAI_MODEL: "local-chat",
      OPENAI_EMBEDDING_MODEL: "",
      OPENAI_TIMEOUT_MS: "5000",
      OPENAI_MAX_RETRIES: "0",
      OPENAI_CIRCUIT_FAILURES: "5",
      OPENAI_CIRCUIT_COOLDOWN_MS: "",
    };
    expect(openAiConfig(environment)).toEqual({
      apiKey: "sk-test",
      baseUrl: "http://127.0.0.1:8080/v1",
      chatModel: "local-chat",
      embeddingModel: "text-embedding-3-small",
      timeoutMs: 5_000,
      maxRetries: 0,
      circuitFailures: 5,
      circuitCoolDownMs: 60_000,
    });
  });

  it("throws one line naming the variable when a value is invalid", () => {
    expect(() => openAiConfig({ OPENAI_API_KEY: "sk-test", OPENAI_TIMEOUT_MS: "soon" })).toThrow(
      "OPENAI_TIMEOUT_MS: expected a number of milliseconds",
    );
    expect(() => openAiConfig({ OPENAI_API_KEY: "sk-test", OPENAI_TIMEOUT_MS: "-5" })).toThrow(
      "OPENAI_TIMEOUT_MS: expected a positive number of milliseconds",
    );
    expect(() => openAiConfig({ OPENAI_API_KEY: "sk-test", OPENAI_MAX_RETRIES: "1.5" })).toThrow(
      "OPENAI_MAX_RETRIES: expected a whole number of retries",
    );
    expect(() => openAiConfig({ OPENAI_API_KEY: "sk-test", OPENAI_BASE_URL: "localhost:8080" })).toThrow(
      "OPENAI_BASE_URL: expected an http(s) URL",
    );
    expect(() => openAiConfig({ OPENAI_API_KEY: "sk-test", OPENAI_CIRCUIT_FAILURES: "0" })).toThrow(
      "OPENAI_CIRCUIT_FAILURES: expected 1 or more failures",
    );
  });
});
