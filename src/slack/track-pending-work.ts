import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";

/** Work Bolt has acknowledged but not finished, so stopping can wait for answers already on their way. */
export interface PendingWork {
  readonly middleware: Middleware<AnyMiddlewareArgs>;
  /** Resolves when everything started so far has finished (successfully or not). */
  settle(): Promise<void>;
}

/** Tracks each request from the first global middleware to the end of its listeners. */
export function trackPendingWork(): PendingWork {
  const pending = new Set<Promise<void>>();
  return {
    middleware: async ({ next }) => {
      const work = next();
      pending.add(work);
      try {
        await work;
      } finally {
        pending.delete(work);
      }
    },
    async settle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
