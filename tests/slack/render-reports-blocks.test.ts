import { describe, expect, it } from "vitest";
import { renderHelp } from "../../src/slack/render-help.js";
import { renderHomeView } from "../../src/slack/render-home-view.js";
import { renderReportsBlocks } from "../../src/slack/render-reports-blocks.js";
import { slackLimits } from "../../src/slack/render-answer-blocks.js";
import { summariseCatalogue, type ReportSummary } from "../../src/slack/summarise-catalogue.js";
import { catalogue } from "../support/answer-fixtures.js";
import { blockText } from "../support/block-text.js";

/** Fifty reports as a council would accumulate them over twelve years, each with a full count of ratings. */
const fiftyReports: ReportSummary[] = Array.from({ length: 50 }, (_, index) => ({
  id: `20${String(14 + Math.floor(index / 4)).padStart(2, "0")}-q${(index % 4) + 1}`,
  label: `Q${(index % 4) + 1} 20${14 + Math.floor(index / 4)}-${15 + Math.floor(index / 4)}`,
  title: `Performance Report Quarter ${(index % 4) + 1} 20${14 + Math.floor(index / 4)} to 20${15 + Math.floor(index / 4)}`,
  objectives: 25,
  progress: [
    { rating: "Complete", count: 2, emoji: ":white_check_mark:" },
    { rating: "Good", count: 17, emoji: ":large_green_circle:" },
    { rating: "Review", count: 3, emoji: ":large_orange_circle:" },
    { rating: "Action", count: 2, emoji: ":red_circle:" },
    { rating: "Awaiting update", count: 1, emoji: ":white_circle:" },
  ],
}));

type Section = { type: string; text?: { text: string } };

describe("the reports list in App Home and /perf reports", () => {
  it("splits 50 reports into sections of at most 3,000 characters, losing none and breaking between reports", () => {
    const blocks = renderReportsBlocks(fiftyReports);
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(slackLimits.sectionText);
    const lines = blocks.flatMap((block) => (block.text?.text ?? "").split("\n"));
    expect(lines[0]).toBe("*Reports loaded*");
    expect(lines.slice(1)).toHaveLength(50);
    for (const summary of fiftyReports)
      expect(lines.filter((line) => line.startsWith(`*${summary.label}* — `))).toHaveLength(1);
  });

  it("keeps every App Home section within 3,000 characters and the view within 100 blocks at 50 reports", () => {
    const view = renderHomeView(fiftyReports, ["Which objectives require action?"]);
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    for (const block of view.blocks as Section[])
      expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(slackLimits.sectionText);
    expect(blockText(view.blocks)).toContain("*Q2 2026-27*");
  });

  it("keeps the two seed reports in one section", () => {
    const blocks = renderReportsBlocks(summariseCatalogue(catalogue));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.text?.text).toContain("*Q2 2025-26* — Performance Report Quarter 2 2025 to 2026 · 4 objectives");
  });
});

describe("help and App Home text", () => {
  it("writes /perf's placeholder as &lt;question&gt;, since Slack reads a bare <…> as a link even in backticks", () => {
    const help = renderHelp(summariseCatalogue(catalogue), ["Which objectives require action?"]);
    const home = renderHomeView(summariseCatalogue(catalogue), ["Which objectives require action?"]);
    for (const text of [help.text, blockText(help.blocks), blockText(home.blocks)]) {
      expect(text).toContain("`/perf &lt;question&gt;`");
      expect(text).not.toContain("<question>");
    }
  });
});
