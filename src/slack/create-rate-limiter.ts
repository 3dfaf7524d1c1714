/** Decides whether a user may ask another question now. */
export interface RateLimiter {
  /** Counts the attempt when it is allowed; a refused attempt is not counted. */
  allow(user: string): boolean;
}

/**
 * A sliding one-minute window per user. `limitPerMinute` 0 allows everything.
 * Users idle for a minute are dropped, so memory follows the active users only.
 */
export function createRateLimiter({ limitPerMinute, now }: { limitPerMinute: number; now: () => number }): RateLimiter {
  const windowMilliseconds = 60_000;
  const recent = new Map<string, number[]>();
  return {
    allow(user) {
      if (limitPerMinute === 0) return true;
      const time = now();
      for (const [someone, times] of recent) {
        if (times.every((at) => time - at >= windowMilliseconds)) recent.delete(someone);
      }
      const times = (recent.get(user) ?? []).filter((at) => time - at < windowMilliseconds);
      if (times.length >= limitPerMinute) {
        recent.set(user, times);
        return false;
      }
      recent.set(user, [...times, time]);
      return true;
    },
  };
}
