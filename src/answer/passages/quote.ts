import type { Report } from "../../report/report.js";

/** A sentence quoted from a report. */
export interface Quote {
  readonly report: Report;
  readonly objective: string | null;
  readonly text: string;
  /** The PDF page the quoted row prints on, when known. */
  readonly page?: number;
}
