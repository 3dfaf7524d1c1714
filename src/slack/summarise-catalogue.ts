import type { Records } from "../report/records.js";
import { ratingEmoji } from "./rating-emoji.js";
import { reportIdLabel } from "../report/report-id-label.js";

/** What the Slack layer is told about the loaded reports (for `/perf reports`, App Home and examples). */
export type Catalogue = Pick<Records, "reports" | "objectives">;

/** One loaded report as the bot lists it. */
export interface ReportSummary {
  readonly id: string;
  readonly label: string;
  readonly title: string;
  readonly objectives: number;
  /** Objectives per progress rating as parsed, in the report key's order; "Awaiting update" is a blank cell. */
  readonly progress: readonly { readonly rating: string; readonly count: number; readonly emoji: string }[];
}

const progressOrder = ["Complete", "Good", "Review", "Action", null] as const;

/** The loaded reports, latest period first, with their objectives counted by progress rating. */
export function summariseCatalogue(catalogue: Catalogue): ReportSummary[] {
  return [...catalogue.reports]
    .sort((left, right) => right.periodEnd.localeCompare(left.periodEnd))
    .map((report) => {
      const objectives = catalogue.objectives.filter((objective) => objective.report === report.id);
      const progress = progressOrder
        .map((rating) => ({
          rating: rating ?? "Awaiting update",
          count: objectives.filter((objective) => objective.progress === rating).length,
          emoji: ratingEmoji(rating),
        }))
        .filter((entry) => entry.count > 0);
      return {
        id: report.id,
        label: reportIdLabel(report.id),
        title: report.title,
        objectives: objectives.length,
        progress,
      };
    });
}
