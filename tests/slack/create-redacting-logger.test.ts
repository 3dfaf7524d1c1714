import { LogLevel } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { createRedactingLogger } from "../../src/slack/create-redacting-logger.js";

describe("createRedactingLogger", () => {
  const recorder = () => {
    const lines: string[] = [];
    const write = (level: string) => (line: string) => void lines.push(`${level}: ${line}`);
    return { lines, sink: { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") } };
  };

  it("replaces every secret, in messages and in errors, before the line is written", () => {
    const { lines, sink } = recorder();
    const logger = createRedactingLogger(sink, ["xoxb-123-secret", "signing-secret-abc"]);
    logger.error("call failed:", new Error("Bearer xoxb-123-secret rejected"), { secret: "signing-secret-abc" });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("Bearer [redacted] rejected");
    expect(lines[0]).toContain("'[redacted]'");
    expect(lines[0]).not.toMatch(/xoxb-123|signing-secret-abc/);
  });

  it("writes only at or above its level, which Bolt may change", () => {
    const { lines, sink } = recorder();
    const logger = createRedactingLogger(sink, []);
    logger.debug("hidden");
    logger.info("shown");
    logger.setLevel(LogLevel.DEBUG);
    logger.debug("now shown");
    expect(lines).toEqual(["info: shown", "debug: now shown"]);
    expect(logger.getLevel()).toBe(LogLevel.DEBUG);
  });
});
