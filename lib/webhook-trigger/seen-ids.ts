import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

// What a workflow's hook URL has already taken, kept apart from the (pruned) events so that
// de-duplication does not forget an id while its sender may still retry or replay it. One row per
// (workflow, kind, value), with the time it may be forgotten:
// - EVENT_ID: the trigger's configured event id, for HOOK_EVENT_ID_WINDOW_MS;
// - WEBHOOK_ID: a Standard Webhooks webhook-id (its idempotency key), for the same window;
// - SIGNATURE: an X-Hookflow-Signature's HMAC, until its timestamp leaves the 5-minute tolerance.
// Claiming inserts all of a request's keys in one statement, so two copies of a request arriving
// together cannot both pass; the loser is answered as a duplicate, with the enrollment the first
// one names when it claims. A request that does not end in an enrollment releases its keys, so the
// sender's retry is not taken for a duplicate.

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

/**
 * Takes the keys for this request, naming the enrollment it is about to make (duplicates answer
 * with it), or says which earlier request already took one of them. One statement when no key is
 * taken; expired keys of the workflow are forgotten only when one is in the way.
 */
export async function claimSeenIds(workflowId: string, keys: SeenKey[], enrollmentId: string, now = new Date()): Promise<Claim> {
  if (keys.length === 0) return { duplicate: false };
  const rows = keys.map(({ kind, value, expiresAt }) => ({
    workflowId,
    kind,
    value: stored(value),
    expiresAt,
    receivedAt: now,
    enrollmentId,
  }));
  if (await insertUnlessTaken(rows)) return { duplicate: false };
  // A key is taken: by an id that expired (forget those of this workflow and try again) or by a live one.
  await db.hookSeenId.deleteMany({ where: { workflowId, expiresAt: { lte: now } } });
  if (await insertUnlessTaken(rows)) return { duplicate: false };
  const first = await db.hookSeenId.findFirst({
    where: matching(workflowId, keys),
    orderBy: { receivedAt: "asc" },
    select: { enrollmentId: true },
  });
  return { duplicate: true, enrollmentId: first?.enrollmentId ?? null };
}

/** Writes all the rows, or none when one's key is taken (false). */
async function insertUnlessTaken(rows: Prisma.HookSeenIdCreateManyInput[]): Promise<boolean> {
  try {
    await db.hookSeenId.createMany({ data: rows });
    return true;
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002") throw error;
    return false;
  }
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
