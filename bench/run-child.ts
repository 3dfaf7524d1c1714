import { spawn } from "node:child_process";
import type { z } from "zod";

/** How to run one bench child: its script, its input, the schema of its result, and a label for its progress lines. */
export type ChildRun<T> = {
  readonly script: string;
  readonly input: unknown;
  readonly output: z.ZodType<T>;
  readonly label: string;
  readonly cwd: string;
  /** Extra Node flags, e.g. `--cpu-prof`. */
  readonly nodeFlags?: readonly string[];
  readonly log: (line: string) => void;
};

/**
 * Runs a TypeScript bench script in its own Node process (`node --import tsx script '<input JSON>'`), offline
 * (OPENAI_API_KEY removed), forwarding its stderr lines to `log` under the label, and returns the JSON object it
 * printed as its last stdout line, checked against the schema. Rejects with the exit code and the child's last
 * stderr lines when it fails.
 */
export function runChild<T>(run: ChildRun<T>): Promise<T> {
  const environment = { ...process.env };
  delete environment.OPENAI_API_KEY;
  const child = spawn(
    process.execPath,
    [...(run.nodeFlags ?? []), "--import", "tsx", run.script, JSON.stringify(run.input)],
    {
      cwd: run.cwd,
      env: environment,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  let pending = "";
  const lastLines: string[] = [];
  child.stdout.setEncoding("utf8").on("data", (piece: string) => (stdout += piece));
  child.stderr.setEncoding("utf8").on("data", (piece: string) => {
    const lines = (pending + piece).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      run.log(`[${run.label}] ${line}`);
      lastLines.push(line);
      if (lastLines.length > 20) lastLines.shift();
    }
  });
  return new Promise((resolve, reject) => {
    child.on("error", (error) => reject(new Error(`${run.label}: could not start ${run.script}: ${error.message}`)));
    child.on("close", (code, signal) => {
      if (pending !== "") lastLines.push(pending);
      if (code !== 0) {
        reject(
          new Error(`${run.label}: ${run.script} exited with ${signal ?? `code ${code}`}\n${lastLines.join("\n")}`),
        );
        return;
      }
      const last = stdout.trim().split("\n").at(-1) ?? "";
      try {
        resolve(run.output.parse(JSON.parse(last)));
      } catch (error) {
        reject(
          new Error(`${run.label}: ${run.script} printed no valid result (${(error as Error).message.slice(0, 300)})`),
        );
      }
    });
  });
}
