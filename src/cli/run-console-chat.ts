import { createInterface } from "node:readline";
import type { Answer, AskQuestion } from "../answer/answer.js";
import type { Plan } from "../answer/plan/plan.js";
import type { Report } from "../report/report.js";
import { formatAnswer } from "./format-answer.js";

/** What the console chat reads from and writes to: passed in so it can run on piped text in tests. */
export interface ConsoleChatOptions {
  readonly ask: AskQuestion;
  readonly reports: readonly Report[];
  readonly input: NodeJS.ReadableStream;
  readonly output: NodeJS.WritableStream;
  /** Whether to show a prompt ("> ") — only for a person at a terminal. */
  readonly interactive: boolean;
  /** Draws the answer's chart to a file, if it has one, and returns where; absent, no charts are drawn. */
  readonly drawChart?: (question: string, answer: Answer) => Promise<string | null>;
}

const helpText = `Ask a question about the performance reports, for example:
  How many potholes have been repaired?
  Which objectives are rated Action?
  Why is SO-12 rated Review?
  Draft a briefing note on bus passenger numbers.
Follow-ups use the previous answer: "and at the end of 2024-25?", "why?".
Commands: help, reports, new (forget the previous question), quit.`;

/** A chat on the terminal over the same engine as the bot: one question per line, follow-ups in context. */
export async function runConsoleChat(options: ConsoleChatOptions): Promise<void> {
  const write = (text: string) => options.output.write(`${text}\n`);
  const lines = createInterface({ input: options.input, crlfDelay: Infinity, terminal: false });
  let previousPlan: Plan | null = null;
  // The last answer's choices: typing one's number asks it.
  let choices: Answer["choices"] = [];
  const prompt = () => {
    if (options.interactive) options.output.write("> ");
  };
  if (options.interactive) write(`${helpText}\n`);
  prompt();
  for await (const line of lines) {
    const text = line.trim();
    const command = text.toLowerCase();
    if (command === "quit" || command === "exit" || command === "q") break;
    if (command === "") {
      prompt();
      continue;
    }
    if (command === "help" || command === "?") write(helpText);
    else if (command === "reports") write(describeReports(options.reports));
    else if (command === "new") {
      previousPlan = null;
      write("Starting afresh.");
    } else {
      const numbered = /^\d{1,2}$/.test(text);
      const chosen = numbered ? choices[Number(text) - 1] : undefined;
      if (numbered && chosen === undefined) {
        write(
          choices.length === 0
            ? "There is nothing numbered to choose from: ask a question about the reports."
            : `Choose 1 to ${choices.length}, or ask a question.`,
        );
        write("");
        prompt();
        continue;
      }
      const question = chosen?.question ?? text;
      if (chosen) write(`Asking: ${question}`);
      let answer: Answer | null = null;
      try {
        answer = await options.ask(question, { previousPlan });
      } catch (error) {
        write(`Sorry, something went wrong answering that: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (answer) {
        write(formatAnswer(answer));
        choices = answer.choices;
        if (choices.length > 0)
          write(
            [
              "Did you mean (type its number to ask it):",
              ...choices.map((choice, index) => `  ${index + 1}. ${choice.question}`),
            ].join("\n"),
          );
        previousPlan = answer.status === "answered" ? answer.plan : previousPlan;
        try {
          const drawn = options.drawChart ? await options.drawChart(question, answer) : null;
          if (drawn !== null) write(`Chart: ${drawn}`);
        } catch (error) {
          write(`(The chart could not be drawn: ${error instanceof Error ? error.message : String(error)})`);
        }
      }
    }
    write("");
    prompt();
  }
}

function describeReports(reports: readonly Report[]): string {
  return [
    "Reports loaded (newest first):",
    ...reports.map((report) => `- ${report.title} (${report.periodLabel}, id ${report.id}, from ${report.file})`),
  ].join("\n");
}
