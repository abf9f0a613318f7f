import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { actorLabel } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import type { MessageParams } from "@/lib/i18n/english-catalog";
import { AUDIT_ACTIONS, type AuditAction } from "./audit-actions";
import type { AuditSummary } from "./audit-summary";

// The audit log (issue 11): who did what, when, from where, as which user or API token. Route
// handlers write an entry after the change succeeds; names are copied in, so an entry still
// reads right after its user or token is gone. Nothing secret goes in: no values, no bodies. The
// summary comes from the auditSummaries catalog (./audit-summary.ts): its English text, key and params.

/** Who an entry is by: a caller, the server itself (bootstrap, CLI), or someone not signed in (a failed sign-in) from an address. */
export type AuditActor = Actor | { kind: "system"; name: string } | { kind: "anonymous"; name: string; ip: string | null };

type Entry = { action: AuditAction; target?: { type: string; id: string }; summary: AuditSummary };

function auditRow(actor: AuditActor, { action, target, summary }: Entry) {
  return {
    action,
    actorKind: actor.kind,
    actorUserId: actor.kind === "user" || actor.kind === "token" ? actor.userId : null,
    actorName: actor.name.slice(0, 200),
    tokenId: actor.kind === "token" ? actor.tokenId : null,
    tokenName: actor.kind === "token" ? actor.tokenName : null,
    targetType: target?.type ?? null,
    targetId: target?.id.slice(0, 200) ?? null,
    summary: summary.text.slice(0, 500),
    summaryKey: summary.key,
    summaryParams: summary.params,
    ip: "ip" in actor ? actor.ip : null,
  };
}

export async function recordAudit(actor: AuditActor, entry: Entry): Promise<void> {
  await db.auditEntry.create({ data: auditRow(actor, entry) });
}

/** Several entries by one actor in one statement (a bulk enrollment writes one per run: 1,000 in about a second, four times faster than one by one). */
export async function recordAudits(actor: AuditActor, entries: Entry[]): Promise<void> {
  if (entries.length) await db.auditEntry.createMany({ data: entries.map((entry) => auditRow(actor, entry)) });
}

const PAGE_SIZE = 50;

export const auditQuerySchema = z.strictObject({
  /** A user id, or part of the actor's name. */
  actor: z.string().trim().max(200).optional(),
  action: z.enum(AUDIT_ACTIONS, { error: () => "action is not one the audit log records; see the list in the API docs." }).optional(),
  from: z.iso.datetime({ offset: true, error: "from is an ISO date-time, like 2026-12-01T00:00:00Z." }).optional(),
  to: z.iso.datetime({ offset: true, error: "to is an ISO date-time, like 2026-12-02T00:00:00Z." }).optional(),
  targetType: z.string().trim().max(50).optional(),
  targetId: z.string().trim().max(200).optional(),
  /** The id of the last entry of the previous page. */
  before: z.string().trim().max(100).optional(),
});

type AuditEntryView = {
  id: string;
  at: string;
  action: AuditAction;
  actor: { kind: AuditActor["kind"]; userId: string | null; name: string; tokenName: string | null; label: string };
  target: { type: string; id: string } | null;
  summary: string;
  /** The summary's auditSummaries catalog key and params; null on entries written before the catalog. */
  summaryKey: string | null;
  summaryParams: MessageParams | null;
  ip: string | null;
};

/** Entries newest first, 50 a page; `nextBefore` pages on. */
export async function listAudit(query: z.input<typeof auditQuerySchema>) {
  const { actor, action, from, to, targetType, targetId, before } = auditQuerySchema.parse(query);
  const cursor = before ? await db.auditEntry.findUnique({ where: { id: before }, select: { at: true, id: true } }) : null;
  const rows = await db.auditEntry.findMany({
    where: {
      action,
      targetType,
      targetId,
      at: { gte: from ? new Date(from) : undefined, lte: to ? new Date(to) : undefined },
      ...(actor ? { OR: [{ actorUserId: actor }, { actorName: { contains: actor } }, { tokenName: { contains: actor } }] } : {}),
      ...(cursor ? { AND: [{ OR: [{ at: { lt: cursor.at } }, { at: cursor.at, id: { lt: cursor.id } }] }] } : {}),
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
  });
  const page = rows.slice(0, PAGE_SIZE);
  return {
    entries: page.map(entryView),
    nextBefore: rows.length > PAGE_SIZE ? page[page.length - 1].id : null,
  };
}

function entryView(row: Awaited<ReturnType<typeof db.auditEntry.findMany>>[number]): AuditEntryView {
  const kind = row.actorKind as AuditActor["kind"];
  return {
    id: row.id,
    at: row.at.toISOString(),
    action: row.action as AuditAction,
    actor: {
      kind,
      userId: row.actorUserId,
      name: row.actorName,
      tokenName: row.tokenName,
      label:
        kind === "token" && row.tokenName ? actorLabel({ kind: "token", name: row.actorName, tokenName: row.tokenName }) : row.actorName,
    },
    target: row.targetType && row.targetId ? { type: row.targetType, id: row.targetId } : null,
    summary: row.summary,
    summaryKey: row.summaryKey,
    summaryParams: (row.summaryParams as MessageParams | null) ?? null,
    ip: row.ip,
  };
}

/** Deletes up to `limit` audit entries written before `before`; returns how many. For the retention sweep (lib/retention, HOOKFLOW_AUDIT_RETENTION_DAYS). */
export async function deleteAuditEntriesBefore(before: Date, limit: number): Promise<number> {
  const rows = await db.auditEntry.findMany({ where: { at: { lt: before } }, orderBy: { at: "asc" }, take: limit, select: { id: true } });
  if (!rows.length) return 0;
  return (await db.auditEntry.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } })).count;
}
