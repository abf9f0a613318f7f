// Polling for the durable runner's work in integration tests: the runner is asynchronous
// by design, so tests wait for a state, bounded in time, rather than sleep.

/** Reads until `done` holds or the time is up; returns the last value read (the caller asserts on it). */
export async function waitFor<T>(read: () => Promise<T> | T, done: (value: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Waits until `check` is true; throws when the time is up. */
export async function until(check: () => Promise<boolean> | boolean, timeoutMs = 15_000): Promise<void> {
  if (!(await waitFor(check, Boolean, timeoutMs))) throw new Error("timed out waiting");
}
