import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

// Failed sign-ins are throttled per account and per client address (issue 11): after too many
// failures in a window, sign-in answers 429 with Retry-After until the window ends, whether or
// not the password is right, and for an email that has no account exactly as for one that has
// (the count is kept per email typed, so the answer tells nothing about which emails exist).
// Counted in the database, so every web process sees the same count.

const WINDOW_MS = 15 * 60_000;
/** Failures allowed in a window: few per account (guessing one password), more per address (a shared office NAT). */
export const MAX_FAILURES = { account: 5, client: 20 } as const;

type Keys = { account: string; client: string | null };
const keysOf = (email: string, client: string | null): Keys => ({
  account: `account:${email.trim().toLowerCase().slice(0, 320)}`,
  client: client ? `client:${client}` : null,
});

/** Throws TOO_MANY_ATTEMPTS (429, Retry-After) when the account or the address has used up its failures. */
export async function checkSignInAllowed(email: string, client: string | null, now = new Date()): Promise<void> {
  const keys = keysOf(email, client);
  const rows = await db.signInThrottle.findMany({ where: { key: { in: [keys.account, keys.client].filter((key) => key !== null) } } });
  let waitMs = 0;
  for (const row of rows) {
    const max = row.key === keys.account ? MAX_FAILURES.account : MAX_FAILURES.client;
    const endsIn = row.windowStart.getTime() + WINDOW_MS - now.getTime();
    if (row.failures >= max && endsIn > 0) waitMs = Math.max(waitMs, endsIn);
  }
  if (waitMs > 0) {
    const seconds = Math.ceil(waitMs / 1000);
    throw AppError.of("TOO_MANY_ATTEMPTS", { minutes: Math.ceil(seconds / 60) }, { headers: { "Retry-After": String(seconds) } });
  }
}

/** Counts a failed sign-in against the account and the address; a window that has ended starts again. */
export async function recordSignInFailure(email: string, client: string | null, now = new Date()): Promise<void> {
  const keys = keysOf(email, client);
  for (const key of [keys.account, keys.client]) {
    if (key === null) continue;
    const staleBefore = new Date(now.getTime() - WINDOW_MS);
    // One statement each way, so concurrent failures are all counted.
    const restarted = await db.signInThrottle.updateMany({
      where: { key, windowStart: { lte: staleBefore } },
      data: { failures: 1, windowStart: now },
    });
    if (restarted.count > 0) continue;
    await db.signInThrottle.upsert({
      where: { key },
      create: { key, failures: 1, windowStart: now },
      update: { failures: { increment: 1 } },
    });
  }
}

/** A successful sign-in clears its account's count (not the address's: one right password does not excuse a spray). */
export async function recordSignInSuccess(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: keysOf(email, null).account } });
}

/** Deletes up to `limit` counts whose window ended by `now` (they no longer hold anyone back; a new failure starts a new one); returns how many. For the retention sweep (lib/retention). */
export async function deleteEndedThrottles(now: Date, limit: number): Promise<number> {
  const ended = { windowStart: { lte: new Date(now.getTime() - WINDOW_MS) } };
  const rows = await db.signInThrottle.findMany({ where: ended, take: limit, select: { key: true } });
  if (!rows.length) return 0;
  return (await db.signInThrottle.deleteMany({ where: { key: { in: rows.map((row) => row.key) }, ...ended } })).count;
}
