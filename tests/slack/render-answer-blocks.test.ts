import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import { actionIds } from "../../src/slack/action-ids.js";
import { buttonValueSchema } from "../../src/slack/button-value.js";
import { renderAnswerBlocks, slackLimits } from "../../src/slack/render-answer-blocks.js";
import { noteWarnings, potholesAnswer, yearEndDefectsAnswer } from "../support/answer-fixtures.js";
import { blockText } from "../support/block-text.js";

const question = "How many potholes have been repaired?";
type AnyBlock = {
  type: string;
  text?: { text: string };
  elements?: { type: string; text?: unknown; action_id?: string; value?: string }[];
};
const blocksOf = (
  answer: Answer,
  options: { answerId: string; shareable: boolean } = { answerId: "a1", shareable: false },
) => renderAnswerBlocks(answer, { ...options, figures: "mrkdwn" }).blocks as AnyBlock[];
type TableBlock = {
  type: "table";
  rows: { type: string; text?: string; elements?: unknown[] }[][];
  column_settings?: unknown[];
};
const cellText = (cell: unknown) => blockText([cell]).replace(/^ /, "");

describe("renderAnswerBlocks", () => {
  it("puts the answer first, then the figures as measure · value · period · target · rating lines, then warnings", () => {
    const blocks = blocksOf(potholesAnswer(question));
    expect(blocks.map((block) => block.type)).toEqual(["section", "section", "section", "context", "context_actions"]);
    expect(blocks[0]?.text?.text).toMatch(/^28,024 potholes were repaired/);
    expect(blocks[1]?.text?.text).toBe(
      [
        "*Figures* (Q2 2025-26 report)",
        "• *Number of potholes repaired*: *28,024* (Quarter 2 2025-26 YTD) · no target · :white_circle: no rating",
        "• *Number of potholes repaired*: *14,846* (Quarter 1 2025-26 YTD) · no target · :white_circle: no rating",
      ].join("\n"),
    );
    expect(blocks[2]?.text?.text).toBe(
      ":warning: Footnote (b): Due to ongoing data cleansing, this data may change and should be treated as an approximation only.",
    );
  });

  it("shows target, rating emoji and benchmark when the measure has them", () => {
    const answer = potholesAnswer(question);
    const [first] = answer.facts;
    if (first?.type !== "measure") throw new Error("fixture changed");
    const rated: Answer = {
      ...answer,
      facts: [
        {
          ...first,
          measure:
            "Proportion of all new Education Health and Care plans issued within 20 weeks (including exceptions)",
          value: "2.1%",
          target: "22.3%",
          targetPeriod: "Performance Target at Q2",
          rating: "Action",
          benchmark: "45.9%",
          benchmarkGroup: "England 2024 Average",
        },
      ],
    };
    expect(blocksOf(rated)[1]?.text?.text).toContain(
      "*2.1%* (Quarter 2 2025-26 YTD) · target 22.3% (Performance Target at Q2) · :red_circle: Action · benchmark 45.9% (England 2024 Average)",
    );
  });

  it("names the report on each figure line when the figures come from more than one report", () => {
    const answer = potholesAnswer(question);
    const mixed: Answer = {
      ...answer,
      facts: [...answer.facts.slice(0, 1), ...yearEndDefectsAnswer("and 2024-25?").facts],
    };
    const figures = blocksOf(mixed)[1]?.text?.text ?? "";
    expect(figures.split("\n")[0]).toBe("*Figures*");
    expect(figures).toContain("(Quarter 2 2025-26 YTD) · no target · :white_circle: no rating · Q2 2025-26 report");
    expect(figures).toContain(
      "*3,995* (Year End 2024-2025) · no target · :white_circle: no rating · 2024-25 year-end report",
    );
  });

  it("renders objective and derived facts", () => {
    const answer: Answer = {
      ...potholesAnswer("Which objectives require action?"),
      facts: [
        {
          type: "objective",
          report: "2025-26-q2",
          reportTitle: "Performance Report Quarter 2 2025 to 2026",
          code: "SO-02",
          title: "Deliver improved outcomes for those with special educational needs and disabilities",
          progress: "Action",
          expectedCompletion: "Mar 2028",
        },
        {
          type: "objective",
          report: "2025-26-q2",
          reportTitle: "Performance Report Quarter 2 2025 to 2026",
          code: "SO-13",
          title: "Support continued growth",
          progress: null,
          expectedCompletion: "Mar-27",
        },
        {
          type: "derived",
          derived: { op: "count", from: [] },
          value: "2",
          description: "objectives rated Action in the Q2 2025-26 report",
        },
      ],
    };
    const figures = blocksOf(answer)[1]?.text?.text ?? "";
    expect(figures).toContain(
      "• *SO-02* Deliver improved outcomes for those with special educational needs and disabilities · progress :red_circle: Action · expected completion Mar 2028",
    );
    expect(figures).toContain(
      "• *SO-13* Support continued growth · progress :white_circle: awaiting update · expected completion Mar-27",
    );
    expect(figures).toContain("• objectives rated Action in the Q2 2025-26 report: *2*");
  });

  it("cites sources in a context block as 'Q2 2025-26 report · SO-12' with a shortened quote", () => {
    const answer = potholesAnswer(question);
    const long: Answer = { ...answer, sources: [{ ...answer.sources[0]!, quote: "word ".repeat(100) }] };
    const context = blocksOf(long).find((block) => block.type === "context");
    const text = String(context?.elements?.[0]?.text);
    expect(text.startsWith(":page_facing_up: *Q2 2025-26 report · SO-12* — “word word")).toBe(true);
    expect(text.endsWith("…”")).toBe(true);
    expect(text.length).toBeLessThan(260);
  });

  it("keeps a context block within 10 elements however many sources there are", () => {
    const answer = potholesAnswer(question);
    const many: Answer = {
      ...answer,
      sources: Array.from({ length: 14 }, (_, index) => ({
        ...answer.sources[0]!,
        objective: `SO-${String(index + 1).padStart(2, "0")}`,
      })),
    };
    const elements = blocksOf(many).find((block) => block.type === "context")?.elements ?? [];
    expect(elements).toHaveLength(slackLimits.contextElements);
    expect(elements.at(-1)?.text).toBe("and 5 more sources");
  });

  it("escapes &, < and > in report text so Slack shows them instead of reading links or mentions", () => {
    const answer: Answer = {
      ...potholesAnswer(question),
      answer: "Health & Care plans issued in <20 weeks: 2.1% > target? No.",
      ...noteWarnings("<!channel> & <@U123> are not mentions here"),
    };
    const rendered = renderAnswerBlocks(answer, { answerId: null, shareable: false });
    expect(blockText(rendered.blocks)).toContain(
      "Health &amp; Care plans issued in &lt;20 weeks: 2.1% &gt; target? No.",
    );
    expect(blockText(rendered.blocks)).toContain(
      ":warning: &lt;!channel&gt; &amp; &lt;@U123&gt; are not mentions here",
    );
    expect(rendered.text).not.toMatch(/<[!@]/);
  });

  it("turns the engine's '- ' bullets into Slack bullets", () => {
    const answer: Answer = {
      ...potholesAnswer(question),
      answer: "Two measures:\n- first: 1\n- second: 2",
      facts: [],
      sources: [],
    };
    expect(blocksOf(answer)[0]?.text?.text).toBe("Two measures:\n• first: 1\n• second: 2");
  });

  it("leaves out the lines the answer says restate its figures and quotes, which the figures and sources blocks show", () => {
    const figure = "- Number of potholes repaired: 28,024";
    const quote = '"Quoted sentence." — Q2 report, SO-12';
    const restated = { figures: [figure], quotes: [quote] };
    const answer: Answer = {
      ...potholesAnswer(question),
      answer: `Potholes:\n${figure}\n- A bullet the engine did not mark\n\n${quote}`,
      restated,
    };
    const blocks = blocksOf(answer);
    expect(blocks[0]?.text?.text).toBe("Potholes:\n• A bullet the engine did not mark");
    expect(JSON.stringify(blocks)).toContain("28,024");
  });

  it("marks a not-found answer and sends no figures section when there are no facts", () => {
    const answer: Answer = {
      ...potholesAnswer("library visits"),
      status: "not_found",
      answer: "Not in the reports.",
      facts: [],
      sources: [],
      ...noteWarnings(),
    };
    const blocks = blocksOf(answer);
    expect(blocks.map((block) => block.type)).toEqual(["section", "context_actions"]);
    expect(blocks[0]?.text?.text).toBe(":mag: Not in the reports.");
  });

  it("ends with Slack's own feedback buttons (labelled for screen readers) carrying answer id, question and vote, and 'Share in channel' only when shareable", () => {
    type FeedbackElement = {
      type: string;
      action_id: string;
      positive_button: { value: string; accessibility_label: string };
      negative_button: { value: string; accessibility_label: string };
    };
    const plain = blocksOf(potholesAnswer(question)).at(-1) as unknown as { type: string; elements: FeedbackElement[] };
    expect(plain.type).toBe("context_actions");
    const [feedback] = plain.elements;
    expect(feedback?.type).toBe("feedback_buttons");
    expect(feedback?.action_id).toBe(actionIds.feedback);
    expect(buttonValueSchema.parse(JSON.parse(feedback?.positive_button.value ?? ""))).toEqual({
      answer: "a1",
      question,
      vote: "up",
    });
    expect(buttonValueSchema.parse(JSON.parse(feedback?.negative_button.value ?? ""))).toEqual({
      answer: "a1",
      question,
      vote: "down",
    });
    for (const button of [feedback?.positive_button, feedback?.negative_button])
      expect(button?.accessibility_label.length).toBeLessThanOrEqual(75);
    expect(blocksOf(potholesAnswer(question)).some((block) => block.type === "actions")).toBe(false);
    const shareable = blocksOf(potholesAnswer(question), { answerId: "a2", shareable: true });
    expect(shareable.at(-2)?.elements?.map((element) => element.action_id)).toEqual([actionIds.share]);
    const none = renderAnswerBlocks(potholesAnswer(question), { answerId: null, shareable: true }).blocks;
    expect(none.some((block) => block.type === "actions" || block.type === "context_actions")).toBe(false);
  });

  it("always sends a plain text fallback with the answer and its warnings", () => {
    const { text } = renderAnswerBlocks(potholesAnswer(question), { answerId: "a1", shareable: false });
    expect(text).toContain("28,024 potholes were repaired");
    expect(text).toContain(":warning: Footnote (b): Due to ongoing data cleansing");
  });

  it("splits a 4,000-character answer into sections of at most 3,000 characters, in order, losing nothing", () => {
    const paragraph =
      "The highways service has categorised its carriageway defect response into three distinct types. ";
    const long = paragraph.repeat(42).slice(0, 4000);
    const rendered = renderAnswerBlocks(
      { ...potholesAnswer(question), answer: long, facts: [], ...noteWarnings(), sources: [] },
      { answerId: "a1", shareable: false },
    );
    const sections = (rendered.blocks as AnyBlock[])
      .filter((block) => block.type === "section")
      .map((block) => block.text?.text ?? "");
    expect(sections).toHaveLength(2);
    for (const section of sections) expect(section.length).toBeLessThanOrEqual(slackLimits.sectionText);
    expect(sections.join(" ")).toBe(long.trim());
    expect(rendered.text.length).toBeLessThanOrEqual(slackLimits.fallbackText);
  });

  it("trims to 50 blocks with a note, dropping figures before warnings and keeping the buttons", () => {
    const answer = potholesAnswer(question);
    const [fact] = answer.facts;
    if (fact?.type !== "measure") throw new Error("fixture changed");
    const facts = Array.from({ length: 2000 }, (_, index) => ({
      ...fact,
      measure: `Measure number ${index + 1} with a long descriptive name for testing`,
      value: String(index),
    }));
    const rendered = renderAnswerBlocks(
      { ...answer, facts, ...noteWarnings("Keep me: a footnote qualifies this figure.") },
      { answerId: "a1", shareable: false },
    );
    const blocks = rendered.blocks as AnyBlock[];
    expect(blocks).toHaveLength(slackLimits.blocksPerMessage);
    expect(blocks.at(-1)?.type).toBe("context_actions");
    expect(blockText(blocks)).toContain(":warning: Keep me");
    expect(blockText(blocks)).toMatch(/:scissors: Trimmed to fit Slack's limits: \d+ more sections not shown/);
    for (const block of blocks)
      if (block.type === "section") expect(block.text?.text.length).toBeLessThanOrEqual(slackLimits.sectionText);
  });

  it("adds a byline above a shared answer", () => {
    const blocks = renderAnswerBlocks(potholesAnswer(question), {
      answerId: "a1",
      shareable: false,
      byline: "Shared by <@U1> via `/perf`",
    }).blocks as AnyBlock[];
    expect(blocks[0]).toEqual({ type: "context", elements: [{ type: "mrkdwn", text: "Shared by <@U1> via `/perf`" }] });
  });

  it("sends the measure figures as one native table: Measure · Value · Period · Target · Rating · Benchmark", () => {
    const answer = potholesAnswer(question);
    const [first] = answer.facts;
    if (first?.type !== "measure") throw new Error("fixture changed");
    const rated: Answer = {
      ...answer,
      facts: [
        ...answer.facts,
        {
          ...first,
          value: "2.1%",
          target: "22.3%",
          targetPeriod: "Performance Target at Q2",
          rating: "Action",
          benchmark: "45.9%",
          benchmarkGroup: "England 2024 Average",
        },
      ],
    };
    const blocks = renderAnswerBlocks(rated, { answerId: "a1", shareable: false }).blocks as AnyBlock[];
    expect(blocks.map((block) => block.type)).toEqual([
      "section",
      "section",
      "table",
      "section",
      "context",
      "context_actions",
    ]);
    expect(blocks[1]?.text?.text).toBe("*Figures* (Q2 2025-26 report)");
    const table = blocks[2] as unknown as TableBlock;
    expect(table.rows.map((row) => row.map(cellText))).toEqual([
      ["Measure", "Value", "Period", "Target", "Rating", "Benchmark"],
      ["Number of potholes repaired", "28,024", "Quarter 2 2025-26 YTD", "—", "no rating", "—"],
      ["Number of potholes repaired", "14,846", "Quarter 1 2025-26 YTD", "—", "no rating", "—"],
      [
        "Number of potholes repaired",
        "2.1%",
        "Quarter 2 2025-26 YTD",
        "22.3% (Performance Target at Q2)",
        "Action",
        "45.9% (England 2024 Average)",
      ],
    ]);
    expect(JSON.stringify(table.rows[3]?.[4])).toContain('"name":"red_circle"');
    for (const row of table.rows) for (const cell of row) expect(cellText(cell).length).toBeGreaterThan(0);
  });

  it("falls back to the mrkdwn list when the figures do not fit a table (over 99 rows), and keeps objective figures as lines", () => {
    const answer = potholesAnswer(question);
    const [fact] = answer.facts;
    if (fact?.type !== "measure") throw new Error("fixture changed");
    const many = Array.from({ length: 120 }, (_, index) => ({ ...fact, value: String(index) }));
    const blocks = renderAnswerBlocks({ ...answer, facts: many }, { answerId: "a1", shareable: false })
      .blocks as AnyBlock[];
    expect(blocks.some((block) => block.type === "table")).toBe(false);
    expect(blockText(blocks)).toContain("• *Number of potholes repaired*: *119*");
    const mixed: Answer = {
      ...answer,
      facts: [
        ...answer.facts,
        {
          type: "objective",
          report: "2025-26-q2",
          reportTitle: "Performance Report Quarter 2 2025 to 2026",
          code: "SO-12",
          title: "Deliver a safe highways service",
          progress: "Review",
          expectedCompletion: "Mar 2026",
        },
      ],
    };
    const mixedBlocks = renderAnswerBlocks(mixed, { answerId: "a1", shareable: false }).blocks as AnyBlock[];
    expect(mixedBlocks[1]?.text?.text).toBe(
      "*Figures* (Q2 2025-26 report)\n• *SO-12* Deliver a safe highways service · progress :large_orange_circle: Review · expected completion Mar 2026",
    );
    expect(mixedBlocks[2]?.type).toBe("table");
  });

  it("names each figure's report in the period column when the figures come from more than one report", () => {
    const answer = potholesAnswer(question);
    const mixed: Answer = {
      ...answer,
      facts: [...answer.facts.slice(0, 1), ...yearEndDefectsAnswer("and 2024-25?").facts],
    };
    const table = (renderAnswerBlocks(mixed, { answerId: "a1", shareable: false }).blocks as AnyBlock[]).find(
      (block) => block.type === "table",
    ) as unknown as TableBlock;
    expect(table.rows.slice(1).map((row) => cellText(row[2]))).toEqual([
      "Quarter 2 2025-26 YTD · Q2 2025-26 report",
      "Year End 2024-2025 · 2024-25 year-end report",
    ]);
  });

  it("sends long sections with expand: true so Slack shows them whole, and short ones without", () => {
    const long = "The highways service has categorised its carriageway defect response into three types. ".repeat(12);
    const blocks = renderAnswerBlocks(
      { ...potholesAnswer(question), answer: long },
      { answerId: "a1", shareable: false },
    ).blocks as (AnyBlock & { expand?: boolean })[];
    expect(blocks[0]?.expand).toBe(true);
    expect(blocks.find((block) => block.text?.text.startsWith(":warning:"))?.expand).toBeUndefined();
  });

  it("repeats the question above the answer when asked to (a /perf answer and its shared copy)", () => {
    const blocks = renderAnswerBlocks(potholesAnswer("Potholes <fixed> & filled?"), {
      answerId: "a1",
      shareable: true,
      showQuestion: true,
    }).blocks as AnyBlock[];
    expect(blocks[0]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: ":speech_balloon: *Question:* Potholes &lt;fixed&gt; &amp; filled?" }],
    });
    expect(renderAnswerBlocks(potholesAnswer(question), { answerId: "a1", shareable: false }).blocks[0]?.type).toBe(
      "section",
    );
  });
});
