import type { types } from "@slack/bolt";
import type { MeasureFact } from "../answer/answer.js";
import { reportIdLabel } from "../report/report-id-label.js";
import { ratingEmoji } from "./rating-emoji.js";

/** Slack's limits for a table block (Block Kit reference; one table per message, rows include the header). */
export const tableLimits = { rows: 100, columns: 20, totalCellCharacters: 10_000 } as const;

type Cell = types.RawTextElement | types.RichTextBlock;

const headers = ["Measure", "Value", "Period", "Target", "Rating", "Benchmark"] as const;

/**
 * The measure figures as one native `table` block — Measure · Value · Period · Target · Rating · Benchmark — each
 * cell exactly as printed ("—" where the report leaves it blank: Slack refuses an empty cell), the rating with its
 * emoji, the report named in the period when the figures come from more than one. Null when the figures do not fit
 * a table (over 99 rows or 10,000 characters of cells), so the caller keeps the mrkdwn list instead.
 */
export function renderFiguresTable(
  facts: readonly MeasureFact[],
  { showReport }: { showReport: boolean },
): types.TableBlock | null {
  if (facts.length === 0 || facts.length + 1 > tableLimits.rows) return null;
  const rows: Cell[][] = [headers.map((header) => bold(header))];
  let characters = headers.join("").length;
  for (const fact of facts) {
    const texts = [
      fact.measure,
      fact.value,
      showReport ? `${fact.period} · ${reportIdLabel(fact.report)} report` : fact.period,
      fact.target === null || fact.target === ""
        ? ""
        : `${fact.target}${fact.targetPeriod === null ? "" : ` (${fact.targetPeriod})`}`,
      fact.rating ?? "",
      fact.benchmark === null || fact.benchmark === ""
        ? ""
        : `${fact.benchmark}${fact.benchmarkGroup === null ? "" : ` (${fact.benchmarkGroup})`}`,
    ].map((text) => (text.trim() === "" ? "—" : text.replace(/\s+/g, " ").trim()));
    characters += texts.join("").length;
    const [measure, value, period, target, rating, benchmark] = texts as [
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    rows.push([raw(measure), bold(value), raw(period), raw(target), ratingCell(fact.rating, rating), raw(benchmark)]);
  }
  if (characters > tableLimits.totalCellCharacters) return null;
  return {
    type: "table",
    column_settings: [
      { is_wrapped: true },
      { align: "right" },
      { is_wrapped: true },
      { is_wrapped: true },
      { align: "left" },
      { is_wrapped: true },
    ],
    rows,
  };
}

function raw(text: string): types.RawTextElement {
  return { type: "raw_text", text };
}

function bold(text: string): types.RichTextBlock {
  return {
    type: "rich_text",
    elements: [{ type: "rich_text_section", elements: [{ type: "text", text, style: { bold: true } }] }],
  };
}

/** The rating with the emoji of the report's key (green, amber, red); a blank or unknown rating gets a white circle. */
function ratingCell(rating: string | null, text: string): types.RichTextBlock {
  const name = ratingEmoji(rating).replace(/:/g, "");
  return {
    type: "rich_text",
    elements: [
      {
        type: "rich_text_section",
        elements: [
          { type: "emoji", name },
          { type: "text", text: ` ${text === "—" ? "no rating" : text}` },
        ],
      },
    ],
  };
}
