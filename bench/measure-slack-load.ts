import { loadTestEngine } from "../tests/support/load-test-engine.js";
import { runSlackLoad, type LoadFault } from "../tests/support/run-slack-load.js";

/** One load run's figures, as the bench reports them. */
export interface SlackLoadRow {
  readonly fault: LoadFault;
  readonly events: number;
  readonly users: number;
  readonly concurrency: number;
  readonly ackMilliseconds: { readonly p50: number; readonly p95: number; readonly max: number };
  readonly answeredOnce: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly seconds: number;
}

/**
 * The Slack bot under load over HTTP, on the real engine and the real reports: 200 distinct signed mentions from
 * 20 people, 20 at a time, against a local fake Slack Web API — as is, with one 429 + Retry-After, and with a 500.
 */
export async function measureSlackLoad(
  questions: readonly string[],
  log: (line: string) => void,
): Promise<SlackLoadRow[]> {
  const { engine, dispose } = await loadTestEngine();
  try {
    const rows: SlackLoadRow[] = [];
    for (const fault of ["none", "429-once", "500"] as const) {
      log(`Slack load: 200 mentions, 20 users, 20 at a time, fault ${fault}…`);
      const result = await runSlackLoad({ ask: engine.ask, catalogue: engine.records, fault, questions });
      rows.push({
        fault,
        events: result.events,
        users: result.users,
        concurrency: result.concurrency,
        ackMilliseconds: result.ack,
        answeredOnce: result.answeredOnce,
        lost: result.lost,
        duplicated: result.duplicated,
        seconds: result.seconds,
      });
    }
    return rows;
  } finally {
    dispose();
  }
}

/** The rows as a Markdown table for the bench's output. */
export function formatSlackLoad(rows: readonly SlackLoadRow[]): string {
  const lines = rows.map(
    (row) =>
      `| ${row.fault} | ${row.ackMilliseconds.p50} / ${row.ackMilliseconds.p95} / ${row.ackMilliseconds.max} ms | ${row.answeredOnce} of ${row.events} | ${row.lost} / ${row.duplicated} | ${row.seconds} s |`,
  );
  return [
    "Slack HTTP load (200 signed mentions, 20 users, 20 concurrent, real engine):",
    "",
    "| Slack Web API | ack p50 / p95 / max (target < 3 s) | replied exactly once | lost / duplicated | all replies in |",
    "|---|---|---|---|---|",
    ...lines,
  ].join("\n");
}
