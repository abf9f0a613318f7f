import { createHash } from "node:crypto";
import { db } from "@/lib/db";

// What a workflow's hook URL has already taken, kept apart from the (pruned) events so that
// de-duplication does not forget an id while its sender may still retry or replay it. One row per
// (workflow, kind, value), with the time it may be forgotten:
// - EVENT_ID: the trigger's configured event id, for HOOK_EVENT_ID_WINDOW_MS;
// - WEBHOOK_ID: a Standard Webhooks webhook-id (its idempotency key), for the same window;
// - SIGNATURE: an X-Hookflow-Signature's HMAC, until its timestamp leaves the 5-minute tolerance.
// Claiming inserts all of a request's keys in one statement, so two copies of a request arriving
// together cannot both pass; the loser is answered as a duplicate. A request that does not end in
// an enrollment releases its keys, so the sender's retry is not taken for a duplicate.

/** How long an event id or webhook-id is remembered: senders retry for up to 3 days (Stripe, HubSpot), Svix about a day. */
export const HOOK_EVENT_ID_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
/** Longer values are remembered by their SHA-256, so keys stay small and long ids sharing a prefix stay apart. */
const MAX_STORED_VALUE = 500;

export type SeenKey = { kind: "EVENT_ID" | "WEBHOOK_ID" | "SIGNATURE"; value: string; expiresAt: Date };
export type Claim = { duplicate: false } | { duplicate: true; enrollmentId: string | null };

const stored = (value: string) => (value.length <= MAX_STORED_VALUE ? value : `sha256:${createHash("sha256").update(value).digest("hex")}`);
const matching = (workflowId: string, keys: SeenKey[]) => ({
  workflowId,
  OR: keys.map(({ kind, value }) => ({ kind, value: stored(value) })),
});

/** Takes the keys for this request, or says which earlier request already took one of them. */
export async function claimSeenIds(workflowId: string, keys: SeenKey[], now = new Date()): Promise<Claim> {
  if (keys.length === 0) return { duplicate: false };
  // Forget what has expired, for this workflow (what a claim would otherwise collide with).
  await db.hookSeenId.deleteMany({ where: { workflowId, expiresAt: { lte: now } } });
  try {
    await db.hookSeenId.createMany({
      data: keys.map(({ kind, value, expiresAt }) => ({ workflowId, kind, value: stored(value), expiresAt, receivedAt: now })),
    });
    return { duplicate: false };
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error;
    const first = await db.hookSeenId.findFirst({
      where: matching(workflowId, keys),
      orderBy: { receivedAt: "asc" },
      select: { enrollmentId: true },
    });
    return { duplicate: true, enrollmentId: first?.enrollmentId ?? null };
  }
}

/** Records the enrollment the claimed request made, for duplicates to answer with. */
export async function settleSeenIds(workflowId: string, keys: SeenKey[], enrollmentId: string): Promise<void> {
  if (keys.length) await db.hookSeenId.updateMany({ where: matching(workflowId, keys), data: { enrollmentId } });
}

/** Gives the keys back when the request enrolled nothing. */
export async function releaseSeenIds(workflowId: string, keys: SeenKey[]): Promise<void> {
  if (keys.length) await db.hookSeenId.deleteMany({ where: matching(workflowId, keys) });
}

/**
 * Deletes up to `limit` remembered ids that expired by `now`, of any workflow (claimSeenIds only
 * forgets those of the workflow it claims for, so a workflow that stopped receiving would keep
 * its own for ever); returns how many. For the retention sweep (lib/retention).
 */
export async function deleteExpiredSeenIds(now: Date, limit: number): Promise<number> {
  const expired = { expiresAt: { lte: now } };
  const rows = await db.hookSeenId.findMany({
    where: expired,
    orderBy: { expiresAt: "asc" },
    take: limit,
    select: { workflowId: true, kind: true, value: true },
  });
  if (!rows.length) return 0;
  return (await db.hookSeenId.deleteMany({ where: { OR: rows, ...expired } })).count;
}
