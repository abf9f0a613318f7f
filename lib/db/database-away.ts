// The database going away for a moment (a PostgreSQL restart or failover, a dropped
// connection) is not a fault of the work being done. A worker that has already called a
// receiver keeps trying to record the outcome until the database is back, rather than let
// the job's lease run out and send the same request again.

// PostgreSQL SQLSTATEs meaning "this connection or server is unavailable", not "this query is wrong":
// 08… connection exceptions, 57P01–57P03 administrator/crash shutdown and "cannot connect now".
const UNAVAILABLE_STATES = /^(08...|57P0[123])$/;
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// Prisma's own codes: P1001 can't reach, P1002 timed out, P1008 operation timed out, P1017 server closed the connection.
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017"]);
const UNAVAILABLE_MESSAGES = /Connection terminated|Client has encountered a connection error|ECONNREFUSED|ECONNRESET/i;

type MaybeDbError = {
  code?: unknown;
  message?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string; code?: string } } };
  cause?: unknown;
};

/** Whether an error says the database could not be reached or dropped the connection (worth waiting for). */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let e = error as MaybeDbError | undefined, depth = 0;
    e && typeof e === "object" && depth < 5;
    e = e.cause as MaybeDbError, depth++
  ) {
    if (typeof e.code === "string" && UNAVAILABLE_PRISMA_CODES.has(e.code)) return true;
    const cause = e.meta?.driverAdapterError?.cause;
    if (cause?.kind && UNAVAILABLE_KINDS.has(cause.kind)) return true;
    const state = cause?.originalCode ?? cause?.code;
    if (typeof state === "string" && UNAVAILABLE_STATES.test(state)) return true;
    if (typeof e.message === "string" && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  }
  return false;
}

/**
 * Runs `write`, and while it fails because the database is unavailable, runs it again after
 * growing waits (100 ms doubling to 2 s) for up to `forMs`; any other error, or the database
 * still away after that, is thrown. Only for writes that are safe to repeat as a whole (a
 * transaction that rolled back, or one that checks its own preconditions).
 */
export async function whileDatabaseAway<T>(write: () => Promise<T>, forMs: number): Promise<T> {
  const giveUpAt = Date.now() + forMs;
  for (let waitMs = 100; ; waitMs = Math.min(waitMs * 2, 2_000)) {
    try {
      return await write();
    } catch (error) {
      if (!isDatabaseUnavailable(error) || Date.now() + waitMs > giveUpAt) throw error;
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
  }
}
