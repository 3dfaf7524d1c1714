import type { Report } from "./report.js";

/** How many of the newest reports each question is matched against; older ones are reached through their series. */
export const recentReportCount = 4;

/** The loaded reports, newest first, with the look-ups every stage needs. */
export interface ReportCatalogue {
  readonly reports: readonly Report[];
  readonly byId: ReadonlyMap<string, Report>;
  /** Each report's place, 0 for the newest. */
  readonly positions: ReadonlyMap<string, number>;
  /** The newest `recentReportCount` reports. */
  readonly recent: readonly Report[];
}

const built = new WeakMap<readonly Report[], ReportCatalogue>();

/** The catalogue of a list of reports (newest first), built once per list: the engine loads its list at start-up. */
export function reportCatalogue(reports: readonly Report[]): ReportCatalogue {
  const known = built.get(reports);
  if (known) return known;
  const catalogue: ReportCatalogue = {
    reports,
    byId: new Map(reports.map((report) => [report.id, report])),
    positions: new Map(reports.map((report, position) => [report.id, position])),
    recent: reports.slice(0, recentReportCount),
  };
  built.set(reports, catalogue);
  return catalogue;
}
