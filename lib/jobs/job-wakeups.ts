import pg from "pg";
import { databaseKind, databaseUrl } from "@/lib/db/database-url";

// Wake-ups across processes on PostgreSQL. enqueueMany sends NOTIFY in the transaction that
// writes due jobs, so PostgreSQL delivers it when (and only if) that transaction commits;
// every process with a worker LISTENs on one connection of its own and wakes its workers.
// Polling stays as the fallback: a notification lost while the connection was down costs at
// most one poll interval, and after a reconnect the workers are woken at once to catch up.
// On SQLite there is no other process to tell apart from polling.

export const JOBS_CHANNEL = "hookflow_jobs";

type Listener = { client: pg.Client | null; users: Set<() => void>; stopped: boolean; retryMs: number; timer?: NodeJS.Timeout };
let listener: Listener | null = null;

const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 5_000;

/**
 * Calls `wake` whenever another transaction commits due jobs, in any process, until the
 * returned function is called. One LISTEN connection per process, shared by its workers;
 * it reconnects with growing waits after the database goes away. No-op on SQLite.
 */
export function onJobsEnqueuedAnywhere(wake: () => void, log: (message: string) => void): () => void {
  if (databaseKind() !== "postgresql") return () => {};
  if (!listener) {
    listener = { client: null, users: new Set(), stopped: false, retryMs: RETRY_FIRST_MS };
    void connect(listener, log);
  }
  const current = listener;
  current.users.add(wake);
  return () => {
    current.users.delete(wake);
    if (current.users.size === 0) {
      current.stopped = true;
      clearTimeout(current.timer);
      void current.client?.end().catch(() => {});
      if (listener === current) listener = null;
    }
  };
}

function wakeAll(state: Listener) {
  for (const wake of state.users) wake();
}

async function connect(state: Listener, log: (message: string) => void) {
  if (state.stopped) return;
  const client = new pg.Client({ connectionString: databaseUrl(), keepAlive: true });
  let failed = false;
  const retry = (error: Error) => {
    if (failed || state.stopped) return;
    failed = true;
    state.client = null;
    void client.end().catch(() => {});
    log(`listening for new jobs failed (${error.message.split("\n")[0]}); trying again in ${state.retryMs} ms, polling meanwhile`);
    state.timer = setTimeout(() => void connect(state, log), state.retryMs);
    state.timer.unref();
    state.retryMs = Math.min(state.retryMs * 2, RETRY_MAX_MS);
  };
  client.on("error", retry);
  client.on("end", () => retry(new Error("connection closed")));
  client.on("notification", () => wakeAll(state));
  try {
    await client.connect();
    await client.query(`LISTEN ${JOBS_CHANNEL}`);
  } catch (error) {
    retry(error as Error);
    return;
  }
  if (state.stopped) {
    failed = true;
    await client.end().catch(() => {});
    return;
  }
  state.client = client;
  state.retryMs = RETRY_FIRST_MS;
  // Jobs may have been enqueued while nobody listened.
  wakeAll(state);
}
