/**
 * Polls `condition` until it holds. The bot answers after acknowledging, so tests wait for its calls to arrive;
 * the deadline only bounds a test that would otherwise hang, it is not a speed assertion.
 */
export async function waitUntil(
  condition: () => boolean,
  describe: () => string,
  deadlineMilliseconds = 10_000,
): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > deadlineMilliseconds) throw new Error(`Gave up waiting for ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
