import { Command } from "commander";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { FeedbackRecord } from "../store/feedback-record.js";
import { openFeedbackStore } from "../store/open-feedback-store.js";
import { loadEnvironment } from "./load-environment.js";

// `npm run feedback`: the 👍/👎 the Slack bot recorded, to turn a complaint into a specific fix.
/** The CSV columns, in the order of a record. */
const columns = [
  "id",
  "time",
  "vote",
  "reason",
  "comment",
  "question",
  "answer",
  "facts",
  "sources",
  "plan",
  "user",
  "channel",
  "messageTs",
  "answerId",
] as const;

const root = fileURLToPath(new URL("../..", import.meta.url));
loadEnvironment();

const program = new Command()
  .name("npm run feedback --")
  .description(
    "List the feedback recorded in Slack (👍/👎, the reason and note, the question, the answer's facts, sources and plan).",
  )
  .option("--json", "print every record as a JSON array, facts, sources and plan included")
  .option("--csv", "print CSV (one row per record; facts, sources and plan as JSON cells) for a spreadsheet")
  .option("--down", "only 👎")
  .option(
    "--database <file>",
    "SQLite file (FEEDBACK_PATH)",
    process.env.FEEDBACK_PATH?.trim() || resolve(root, "data", "feedback.sqlite"),
  )
  .addHelpText("after", "\nExamples:\n  npm run feedback\n  npm run -s feedback -- --down --csv > feedback.csv")
  .parse();

const options = program.opts<{ json?: boolean; csv?: boolean; down?: boolean; database: string }>();
const databasePath = resolve(options.database);
if (!existsSync(databasePath)) {
  console.error(`no feedback yet: ${databasePath} does not exist (the bot creates it at the first 👍/👎)`);
  process.exit(options.json === true || options.csv === true ? 0 : 1);
}
const store = openFeedbackStore(databasePath);
const records = store.list().filter((record) => options.down !== true || record.vote === "down");
store.close();

if (options.json === true) console.log(JSON.stringify(records, null, 2));
else if (options.csv === true) process.stdout.write(toCsv(records));
else console.log(toText(records));

function toText(list: readonly FeedbackRecord[]): string {
  if (list.length === 0) return "no feedback recorded";
  const down = list.filter((record) => record.vote === "down").length;
  const lines = list.map((record) => {
    const vote = record.vote === "up" ? "👍" : "👎";
    const reason = record.reason === null ? "" : ` ${record.reason.replace(/_/g, " ")}`;
    const comment = record.comment === null ? "" : ` — “${record.comment}”`;
    const figures =
      record.facts.length === 0 ? "" : ` · ${record.facts.length} figure${record.facts.length === 1 ? "" : "s"}`;
    return `#${record.id} ${record.time.slice(0, 16).replace("T", " ")} ${vote}${reason}${comment}\n    ${record.question}${figures} · ${record.user}${record.channel === null ? "" : ` in ${record.channel}`}`;
  });
  return `${list.length} record${list.length === 1 ? "" : "s"} (${list.length - down} 👍, ${down} 👎)\n${lines.join("\n")}`;
}

function toCsv(list: readonly FeedbackRecord[]): string {
  const cell = (value: unknown) => {
    const text =
      value === null
        ? ""
        : typeof value === "string" || typeof value === "number"
          ? String(value)
          : JSON.stringify(value);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return (
    [columns.join(","), ...list.map((record) => columns.map((column) => cell(record[column])).join(","))].join("\n") +
    "\n"
  );
}
