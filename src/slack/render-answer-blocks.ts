import type { types } from "@slack/bolt";
import type { Answer, Fact, MeasureFact, Source } from "../answer/answer.js";
import { actionIds } from "./action-ids.js";
import { encodeButtonValue, type ButtonValue } from "./button-value.js";
import { escapeMrkdwn } from "./escape-mrkdwn.js";
import { ratingEmoji } from "./rating-emoji.js";
import { renderFiguresTable } from "./render-figures-table.js";
import { reportIdLabel } from "../report/report-id-label.js";
import type { SlackMessage } from "./slack-message.js";
import { splitMrkdwn } from "./split-mrkdwn.js";

/** Slack's limits for a message (Block Kit reference). */
export const slackLimits = {
  sectionText: 3000,
  blocksPerMessage: 50,
  contextElements: 10,
  /** Slack truncates longer `text`; 4,000 is its advice for a readable fallback. */
  fallbackText: 4000,
} as const;

export interface RenderAnswerOptions {
  /** Id the buttons carry back to the bot; null sends no buttons (a shared copy, a preview). */
  readonly answerId: string | null;
  /** Adds "Share in channel" (for the ephemeral `/perf` answer). */
  readonly shareable: boolean;
  /** A line above the answer, already mrkdwn ("Shared by <@U123>"). */
  readonly byline?: string;
  /** Repeats the question above the answer (a `/perf` answer and its shared copy, where no message shows it). */
  readonly showQuestion?: boolean;
  /** "table" (the default) sends the measure figures as a native table when they fit one; "mrkdwn" always as lines. */
  readonly figures?: "table" | "mrkdwn";
  /** For a private answer in a thread (the message shortcut): where a shared copy is posted. */
  readonly thread?: { readonly channel: string; readonly ts: string };
}

/** A section longer than this is sent with `expand: true`, so Slack shows it whole instead of behind "see more". */
const expandFrom = 700;

const statusEmoji: Record<Answer["status"], string> = {
  answered: "",
  not_found: ":mag: ",
  clarify: ":thinking_face: ",
};

const quoteLength = 200;

/**
 * Renders an engine answer as a Slack message: the answer in mrkdwn, the measure figures as a native table
 * (Measure · Value · Period · Target · Rating · Benchmark) or, where a table does not fit, as compact mrkdwn lines,
 * objective and derived figures as lines, warnings marked :warning:, the sources in a context block
 * ("Q2 2025-26 report · SO-12"), then "Share in channel" (when shareable) and Slack's 👍/👎 feedback buttons. Report text is escaped; sections are split at 3,000
 * characters (long ones sent with `expand: true`) and the message trimmed to 50 blocks with a note saying so;
 * the `text` fallback is always set.
 */
export function renderAnswerBlocks(answer: Answer, options: RenderAnswerOptions): SlackMessage {
  const answerText = statusEmoji[answer.status] + toMrkdwn(answer.answer);
  const answerSections = sections(leadText(answer));
  const measures = answer.facts.filter((fact): fact is MeasureFact => fact.type === "measure");
  const reports = new Set(answer.facts.flatMap((fact) => (fact.type === "derived" ? [] : [fact.report])));
  const table = options.figures === "mrkdwn" ? null : renderFiguresTable(measures, { showReport: reports.size > 1 });
  const figureSections: types.KnownBlock[] =
    table === null
      ? sections(figuresText(answer.facts, answer.facts))
      : [
          ...sections(
            figuresText(
              answer.facts.filter((fact) => fact.type !== "measure"),
              answer.facts,
            ),
          ),
          table,
        ];
  const warningSections = sections(
    answer.warningDetails.map((warning) => `:warning: ${escapeMrkdwn(warning.text)}`).join("\n"),
  );

  const leading: types.KnownBlock[] = [];
  if (options.byline !== undefined) leading.push(context([options.byline]));
  if (options.showQuestion === true)
    leading.push(context([`:speech_balloon: *Question:* ${escapeMrkdwn(shorten(answer.question, 2900))}`]));
  const trailing: types.KnownBlock[] = [];
  if (answer.sources.length > 0) trailing.push(sourcesBlock(answer.sources));
  if (options.answerId !== null) trailing.push(...controls(answer, options.answerId, options));

  // Warnings are what make an answer trustworthy, so when blocks must go, figures go first, then the answer's tail.
  let budget = slackLimits.blocksPerMessage - leading.length - trailing.length - 1;
  const keptWarnings = warningSections.slice(0, Math.max(0, budget));
  budget -= keptWarnings.length;
  const keptAnswer = answerSections.slice(0, Math.max(1, budget));
  budget -= keptAnswer.length;
  const keptFigures = figureSections.slice(0, Math.max(0, budget));
  const omitted =
    answerSections.length +
    figureSections.length +
    warningSections.length -
    (keptAnswer.length + keptFigures.length + keptWarnings.length);
  const note: types.KnownBlock[] =
    omitted === 0
      ? []
      : [
          context([
            `:scissors: Trimmed to fit Slack's limits: ${omitted} more section${omitted === 1 ? "" : "s"} not shown. Ask a narrower question to see the rest.`,
          ]),
        ];

  const blocks = [...leading, ...keptAnswer, ...keptFigures, ...keptWarnings, ...note, ...trailing];
  return {
    text: fallbackText(
      answerText,
      answer.warningDetails.map((warning) => warning.text),
    ),
    blocks,
  };
}

/**
 * The answer's own lines that the other blocks do not already show: its bullets of figures and objectives go, as the
 * figures block lists them, and so do its quotes, which the sources block carries. A draft is kept whole, to be pasted.
 */
function leadText(answer: Answer): string {
  const emoji = statusEmoji[answer.status];
  if (answer.plan.intent === "draft") return emoji + toMrkdwn(answer.answer);
  const shownAsFigures = answer.facts.some((fact) => fact.type !== "derived");
  // A "why" or a summary is its quotes: keep them whole in the answer rather than cut short in the sources.
  const quotesAreTheAnswer = answer.plan.intent === "explain" || answer.plan.intent === "summary";
  const figures = new Set(shownAsFigures ? answer.restated.figures : []);
  const quotes = new Set(!quotesAreTheAnswer && answer.sources.length > 0 ? answer.restated.quotes : []);
  const kept = answer.answer.split("\n").filter((line) => !figures.has(line) && !quotes.has(line));
  const text = (emoji + toMrkdwn(kept.join("\n"))).replace(/\n{3,}/g, "\n\n").trim();
  return text === "" || text === emoji.trim() ? "" : text;
}

/** The engine's light markdown ("- " bullets, paragraphs) as escaped mrkdwn. */
function toMrkdwn(text: string): string {
  return escapeMrkdwn(text).replace(/^(\s*)[-*] /gm, "$1• ");
}

function sections(mrkdwn: string): types.SectionBlock[] {
  return splitMrkdwn(mrkdwn, slackLimits.sectionText).map((piece) => ({
    type: "section",
    text: { type: "mrkdwn", text: piece },
    ...(piece.length > expandFrom ? { expand: true } : {}),
  }));
}

/** The heading (naming the report when there is one) and a line per fact in `shown`; the heading alone when `shown` is empty. */
function figuresText(shown: readonly Fact[], facts: readonly Fact[]): string {
  if (facts.length === 0) return "";
  const reports = new Set(facts.flatMap((fact) => (fact.type === "derived" ? [] : [fact.report])));
  const [onlyReport] = reports;
  const heading =
    reports.size === 1 && onlyReport !== undefined ? `*Figures* (${reportIdLabel(onlyReport)} report)` : "*Figures*";
  const showReport = reports.size > 1;
  return [heading, ...shown.map((fact) => `• ${factLine(fact, showReport)}`)].join("\n");
}

function factLine(fact: Fact, showReport: boolean): string {
  const suffix = (report: string) => (showReport ? ` · ${reportIdLabel(report)} report` : "");
  switch (fact.type) {
    case "measure": {
      const parts = [
        `*${escapeMrkdwn(fact.measure)}*: *${fact.value === "" ? "blank" : escapeMrkdwn(fact.value)}* (${escapeMrkdwn(fact.period)})`,
        fact.target === null || fact.target === ""
          ? "no target"
          : `target ${escapeMrkdwn(fact.target)}${fact.targetPeriod === null ? "" : ` (${escapeMrkdwn(fact.targetPeriod)})`}`,
        `${ratingEmoji(fact.rating)} ${fact.rating === null || fact.rating === "" ? "no rating" : escapeMrkdwn(fact.rating)}`,
      ];
      if (fact.benchmark !== null && fact.benchmark !== "") {
        parts.push(
          `benchmark ${escapeMrkdwn(fact.benchmark)}${fact.benchmarkGroup === null ? "" : ` (${escapeMrkdwn(fact.benchmarkGroup)})`}`,
        );
      }
      return parts.join(" · ") + suffix(fact.report);
    }
    case "objective":
      return (
        [
          `*${escapeMrkdwn(fact.code)}* ${escapeMrkdwn(shorten(fact.title, 160))}`,
          `progress ${ratingEmoji(fact.progress)} ${fact.progress === null ? "awaiting update" : escapeMrkdwn(fact.progress)}`,
          `expected completion ${escapeMrkdwn(fact.expectedCompletion)}`,
        ].join(" · ") + suffix(fact.report)
      );
    case "derived":
      return `${escapeMrkdwn(fact.description)}: *${escapeMrkdwn(fact.value)}*`;
  }
}

function sourcesBlock(sources: readonly Source[]): types.ContextBlock {
  const room = slackLimits.contextElements;
  const shown = sources.length > room ? sources.slice(0, room - 1) : sources;
  const elements = shown.map((source) => {
    const where = `${reportIdLabel(source.report)} report${source.objective === null ? "" : ` · ${source.objective}`}${source.page === undefined ? "" : ` · p. ${source.page}`}`;
    const quote = source.quote.trim() === "" ? "" : ` — “${escapeMrkdwn(shorten(source.quote, quoteLength))}”`;
    return `:page_facing_up: *${escapeMrkdwn(where)}*${quote}`;
  });
  if (shown.length < sources.length) elements.push(`and ${sources.length - shown.length} more sources`);
  return context(elements);
}

/** "Share in channel" (a private answer only) in an actions block, then Slack's own 👍/👎 with readable labels. */
function controls(answer: Answer, answerId: string, options: RenderAnswerOptions): types.KnownBlock[] {
  const value = (extra: Partial<ButtonValue>) =>
    encodeButtonValue({
      answer: answerId,
      question: answer.question,
      ...extra,
      ...(options.thread === undefined ? {} : { thread: options.thread }),
    });
  const blocks: types.KnownBlock[] = [];
  if (answer.choices.length > 0) {
    blocks.push(context(["*Did you mean* — ask one of these instead:"]), {
      type: "actions",
      elements: answer.choices.map((choice, index) => ({
        type: "button",
        action_id: `${actionIds.choice}_${index}`,
        value: value({ question: choice.question }),
        text: { type: "plain_text", text: choice.label },
      })),
    });
  }
  if (options.shareable) {
    blocks.push({
      type: "actions",
      elements: [
        {
          type: "button",
          action_id: actionIds.share,
          style: "primary",
          value: value({}),
          text: { type: "plain_text", text: "Share in channel" },
        },
      ],
    });
  }
  blocks.push({
    type: "context_actions",
    elements: [
      {
        type: "feedback_buttons",
        action_id: actionIds.feedback,
        positive_button: {
          text: { type: "plain_text", text: "👍" },
          value: value({ vote: "up" }),
          accessibility_label: "This answer was helpful",
        },
        negative_button: {
          text: { type: "plain_text", text: "👎" },
          value: value({ vote: "down" }),
          accessibility_label: "This answer was wrong or not helpful: tell us why",
        },
      },
    ],
  });
  return blocks;
}

function context(mrkdwnTexts: readonly string[]): types.ContextBlock {
  return {
    type: "context",
    elements: mrkdwnTexts.map((text) => ({ type: "mrkdwn", text: text.slice(0, slackLimits.sectionText) })),
  };
}

function fallbackText(answerText: string, warnings: readonly string[]): string {
  const text = [answerText, ...warnings.map((warning) => `:warning: ${escapeMrkdwn(warning)}`)].join("\n");
  return text.length <= slackLimits.fallbackText
    ? text
    : `${splitMrkdwn(text, slackLimits.fallbackText - 1)[0] ?? ""}…`;
}

function shorten(text: string, length: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  return clean.length <= length ? clean : `${clean.slice(0, length - 1).trimEnd()}…`;
}
