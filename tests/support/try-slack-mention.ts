/**
 * Runs the bot in HTTP mode on the real offline engine against the fake Slack Web API, sends one signed
 * `app_mention`, and prints the `chat.postMessage` the bot made in reply. No Slack workspace or network needed:
 *
 *   npx tsx tests/support/try-slack-mention.ts "How many potholes have been repaired?"
 */
import { createEngine } from "../../src/engine/create-engine.js";
import { eventEnvelope, sendEvent } from "./slack-requests.js";
import { startTestSlackApp } from "./start-test-slack-app.js";

const question = process.argv.slice(2).join(" ").trim() || "How many potholes have been repaired?";
const engine = await createEngine({ log: (line) => process.stderr.write(`${line}\n`) });
const bot = await startTestSlackApp({ ask: engine.ask, catalogue: engine.records });
try {
  for (const entry of bot.logs) process.stderr.write(`${entry.line}\n`);
  const ts = `${Math.floor(Date.now() / 1000)}.000100`;
  const event = {
    type: "app_mention",
    user: "U0TRYING",
    text: `<@UBOT> ${question}`,
    ts,
    event_ts: ts,
    channel: "C0TRYING",
  };
  process.stderr.write(`→ signed app_mention to ${bot.target.url}: ${question}\n`);
  const response = await sendEvent(bot.target, eventEnvelope(event));
  process.stderr.write(`← ${response.status} (acknowledged)\n`);
  const reply = await bot.api.waitForCall("chat.postMessage", (call) => call.body.thread_ts === ts);
  process.stdout.write(`${JSON.stringify({ method: reply.method, ...reply.body }, null, 2)}\n`);
} finally {
  await bot.stop();
  engine.close();
}
