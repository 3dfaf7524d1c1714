import { answerSchema } from "../answer/answer.js";
import { createEngine } from "../engine/create-engine.js";
import { openAiConfig } from "../engine/openai-config.js";
import { parseSlackConfig, SlackConfigError } from "../slack/slack-config.js";
import { startSlackApp } from "../slack/start-slack-app.js";
import { loadEnvironment } from "./load-environment.js";
import { drawChartImage } from "../chart/draw-chart-image.js";
import { consoleCharts } from "./console-charts.js";
import { runConsoleChat } from "./run-console-chat.js";

// `npm start`: the Slack bot when SLACK_BOT_TOKEN is set, otherwise a console chat on the same engine.
loadEnvironment();
const log = (line: string) => process.stderr.write(`${line}\n`);

try {
  const openAi = openAiConfig();
  const slackWanted = Boolean(process.env.SLACK_BOT_TOKEN?.trim());
  const slack = slackWanted ? parseSlackConfig(process.env) : null;
  const engine = await createEngine({ log, openAi });
  const ask = async (question: string, context: Parameters<typeof engine.ask>[1]) =>
    answerSchema.parse(await engine.ask(question, context));
  if (slack) {
    const running = await startSlackApp({
      config: slack,
      ask,
      drawChart: async (question, answer) => {
        const chart = engine.chart(question, answer);
        return chart === null ? null : drawChartImage(chart);
      },
      catalogue: engine.records,
      logger: console,
      openAiEnabled: engine.openAi,
    });
    const stop = async () => {
      await running.stop();
      engine.close();
      process.exit(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  } else {
    log(
      `No SLACK_BOT_TOKEN set: console chat on the ${engine.openAi ? "OpenAI" : "offline"} engine (${engine.reports.length} reports loaded). Type "help" or "quit".`,
    );
    await runConsoleChat({
      ask,
      reports: engine.reports,
      input: process.stdin,
      output: process.stdout,
      interactive: Boolean(process.stdin.isTTY),
      drawChart: consoleCharts(engine.chart),
    });
    engine.close();
  }
} catch (error) {
  if (error instanceof SlackConfigError || error instanceof Error) {
    log(`Could not start: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
