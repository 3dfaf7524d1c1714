import { format } from "node:util";
import { LogLevel, type Logger } from "@slack/bolt";
import { redactSecrets } from "./redact-secrets.js";

/** Where the Slack layer writes its lines: `console` fits, and so does a test's recorder. */
export interface LineLogger {
  debug(line: string): void;
  info(line: string): void;
  warn(line: string): void;
  error(line: string): void;
}

const severity: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

/**
 * A Bolt `Logger` over a line logger that replaces every secret with `[redacted]` before anything is written —
 * errors from the Web API and from Bolt can carry request bodies, so redaction happens here, once, for all of them.
 */
export function createRedactingLogger(sink: LineLogger, secrets: readonly string[], level = LogLevel.INFO): Logger {
  let currentLevel = level;
  let name = "";
  const write = (messageLevel: LogLevel, parts: unknown[]) => {
    if (severity[messageLevel] < severity[currentLevel]) return;
    sink[messageLevel](redactSecrets((name === "" ? "" : `[${name}] `) + format(...parts), secrets));
  };
  return {
    debug: (...parts: unknown[]) => write(LogLevel.DEBUG, parts),
    info: (...parts: unknown[]) => write(LogLevel.INFO, parts),
    warn: (...parts: unknown[]) => write(LogLevel.WARN, parts),
    error: (...parts: unknown[]) => write(LogLevel.ERROR, parts),
    setLevel: (next: LogLevel) => {
      currentLevel = next;
    },
    getLevel: () => currentLevel,
    setName: (next: string) => {
      name = next;
    },
  };
}
