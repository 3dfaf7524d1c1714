import { spawn } from "node:child_process";
import { answerSchema } from "../src/answer/answer.js";

/** One cold run of the CLI: milliseconds from spawning it to its first output and to its exit, and what it said on stderr. */
export type ColdRun = {
  readonly firstOutputMilliseconds: number;
  readonly exitMilliseconds: number;
  readonly stderr: string;
};

/** The command to start, in the project folder; OPENAI_API_KEY is removed so it runs offline. */
export type ColdStartCommand = {
  readonly command: string;
  readonly arguments: readonly string[];
  readonly cwd: string;
};

/**
 * Starts the command once and times process start → first stdout byte (the answer is printed in one write) → exit.
 * Rejects when it exits non-zero or its stdout is not one answer (`ask --json`), so a broken CLI is never timed.
 */
export function measureColdStart({ command, arguments: commandArguments, cwd }: ColdStartCommand): Promise<ColdRun> {
  const environment = { ...process.env };
  delete environment.OPENAI_API_KEY;
  const started = performance.now();
  const child = spawn(command, [...commandArguments], { cwd, env: environment, stdio: ["ignore", "pipe", "pipe"] });
  let firstOutput: number | null = null;
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (piece: string) => {
    firstOutput ??= performance.now();
    stdout += piece;
  });
  child.stderr.setEncoding("utf8").on("data", (piece: string) => (stderr += piece));
  return new Promise((resolve, reject) => {
    child.on("error", (error) => reject(new Error(`could not start ${command}: ${error.message}`)));
    child.on("close", (code) => {
      const exited = performance.now();
      if (code !== 0)
        return reject(
          new Error(`${command} ${commandArguments.join(" ")} exited with code ${code}:\n${stderr.slice(-2000)}`),
        );
      const parsed = answerSchema.safeParse(safeJson(stdout));
      if (!parsed.success)
        return reject(new Error(`${command} ${commandArguments.join(" ")} printed no answer: ${stdout.slice(0, 300)}`));
      resolve({
        firstOutputMilliseconds: (firstOutput ?? exited) - started,
        exitMilliseconds: exited - started,
        stderr,
      });
    });
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
