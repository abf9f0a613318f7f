// Group commit: callers hand in one item each and await their own result; items that
// arrive while a batch is being processed wait and go together in the next one. With one
// SQLite connection every query is serialized, so the number of queries per delivery, not
// their size, bounds throughput; batching many deliveries into a few queries lifts it.

type Entry<I, O> = { item: I; resolve: (value: O) => void; reject: (error: unknown) => void };

export function groupCommit<I, O>(process: (items: I[]) => Promise<O[]>, maxBatch = 256): (item: I) => Promise<O> {
  let pending: Entry<I, O>[] = [];
  let draining = false;
  let scheduled = false;

  async function drain() {
    scheduled = false;
    if (draining) return;
    draining = true;
    try {
      while (pending.length) {
        const batch = pending.slice(0, maxBatch);
        pending = pending.slice(batch.length);
        try {
          const results = await process(batch.map((e) => e.item));
          for (const [i, entry] of batch.entries()) entry.resolve(results[i]);
        } catch (error) {
          for (const entry of batch) entry.reject(error);
        }
      }
    } finally {
      draining = false;
    }
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      pending.push({ item, resolve, reject });
      // setImmediate, not a microtask: lets the other callbacks of this I/O turn join the batch.
      if (!scheduled && !draining) {
        scheduled = true;
        setImmediate(drain);
      }
    });
}
