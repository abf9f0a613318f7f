import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { insertRows, jsonParam } from "@/lib/db/insert-rows";
import type { Prisma } from "@/lib/generated/prisma/client";
import { withoutNul } from "@/lib/db/nul-characters";
import { AppError, type ErrorCode } from "@/lib/errors";
import { ERROR_STATUS } from "@/lib/http/error-status";
import type { Redactor } from "@/lib/secrets/redact-secrets";
import { readHeaderMap } from "@/lib/webhooks/stored-exchange";
import { HOOK_EVENTS_KEPT } from "./hook-event-limits";

// The requests a workflow's hook URL received, kept so people can see why one was refused and
// pick one as the trigger sample. Storage is bounded whoever sends: a workflow keeps its newest
// HOOK_EVENTS_KEPT events (older ones are deleted as new ones arrive), and an event refused before
// its body was trusted (failed verification, unreadable body) keeps only the first
// REFUSED_BODY_PREFIX_BYTES of the raw body, marked as cut, with the full size. Events that passed
// verification keep their parsed payload (at most the 1 MiB request limit), since one may become
// the sample. Headers are kept with credentials masked: by name, and wherever a stored secret's
// value appears under any name.

/** Most events one store prunes: more than ever pile up between two stores. */
const PRUNED_AT_ONCE = 1000;
/** Bytes of a refused event's raw body that are kept. */
export const REFUSED_BODY_PREFIX_BYTES = 4 * 1024;

const MASKED_HEADERS = new Set([
  "authorization",
  "proxy-authorization",
  "cookie",
  "x-api-key",
  "x-hookflow-signature",
  "webhook-signature",
]);
const MASK = "********";

/** Headers as stored: credential headers (and the trigger's own required header) masked, stored secrets redacted anywhere else. */
export function maskedHeaders(headers: Headers, extraMasked: string | null, redactor: Redactor): Record<string, string> {
  // Header names are the sender's choice: no prototype for them to collide with.
  const out: Record<string, string> = Object.create(null);
  headers.forEach((value, name) => {
    out[name] = MASKED_HEADERS.has(name) || name === extraMasked ? MASK : redactor.header(name, value);
  });
  return out;
}

/** The first `maxBytes` of a text as UTF-8, never ending inside a character. */
function utf8Prefix(text: string, maxBytes: number): { prefix: string; bytes: number; truncated: boolean } {
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes <= maxBytes) return { prefix: text, bytes, truncated: false };
  // encodeInto writes whole characters only; `read` says how much of the text fitted.
  const { read } = new TextEncoder().encodeInto(text, new Uint8Array(maxBytes));
  return { prefix: text.slice(0, read), bytes, truncated: true };
}

export type NewHookEvent = {
  status: "ACCEPTED" | "DUPLICATE" | "REJECTED";
  error?: string;
  /** What a refusal was answered with; none for an unexpected error (500). */
  errorCode?: ErrorCode;
  /** The refusal's apiErrors catalog key and params, when its message was written from one (AppError.of). */
  errorText?: AppError["text"];
  eventId?: string | null;
  /** The run an accepted event started. */
  enrollmentId?: string;
  /** Present once the request passed verification and its body parsed; otherwise only a prefix of rawBody is kept. */
  payload?: { value: unknown };
  rawBody: string;
  /** The body's size when it was not read whole (over the size limit): rawBody is then empty. */
  unreadBytes?: number;
  headers: Record<string, string>;
};

/** An event to store: what the request brought and when it arrived. */
export type HookEventToStore = { workflowId: string; event: NewHookEvent; receivedAt: Date };

const HOOK_EVENT_COLUMNS = [
  "id",
  "workflowId",
  "status",
  "error",
  "errorCode",
  "errorKey",
  "errorParams",
  "eventId",
  "enrollmentId",
  "headers",
  "payload",
  "body",
  "bodyTruncated",
  "bodyBytes",
  "receivedAt",
];

/** An event's row in HOOK_EVENT_COLUMNS order, for insertRows. */
function hookEventRow({ workflowId, event, receivedAt }: HookEventToStore): unknown[] {
  const { prefix, bytes, truncated } = utf8Prefix(event.rawBody, REFUSED_BODY_PREFIX_BYTES);
  return [
    randomUUID(),
    workflowId,
    event.status,
    event.error?.slice(0, 1000) ?? null,
    event.errorCode ?? null,
    event.errorText?.key ?? null,
    jsonParam(event.errorText?.params),
    event.eventId ?? null,
    event.enrollmentId ?? null,
    jsonParam(event.headers),
    // A parsed payload is stored whole, JSON null included ("null"). Without one, the start of the
    // raw body, which may hold anything: U+0000, which PostgreSQL's text cannot store, is kept as
    // U+FFFD (a payload never holds one: parsing refuses it).
    event.payload ? JSON.stringify(event.payload.value) : null,
    event.payload ? null : withoutNul(prefix),
    !event.payload && (truncated || event.unreadBytes !== undefined),
    event.unreadBytes ?? bytes,
    receivedAt,
  ];
}

/**
 * Stores events, in the caller's transaction when given one, and prunes each workflow's events
 * beyond HOOK_EVENTS_KEPT: one INSERT for all, then per workflow one DELETE of whatever is older
 * than its newest HOOK_EVENTS_KEPT (up to PRUNED_AT_ONCE rows; a store adds far fewer, so the
 * bound holds). The webhook trigger's accepted events are written with their enrollments
 * (enroll in lib/workflows/runner.ts), a whole group in one transaction.
 */
export async function insertHookEvents(tx: Pick<Prisma.TransactionClient, "$executeRaw">, events: HookEventToStore[]): Promise<void> {
  if (!events.length) return;
  await insertRows(tx, "HookEvent", HOOK_EVENT_COLUMNS, events.map(hookEventRow));
  for (const workflowId of new Set(events.map((e) => e.workflowId))) {
    // LIMIT … OFFSET reads the same on SQLite and PostgreSQL (neither takes OFFSET alone in both).
    await tx.$executeRaw`
      DELETE FROM "HookEvent" WHERE "id" IN (
        SELECT "id" FROM "HookEvent" WHERE "workflowId" = ${workflowId}
        ORDER BY "receivedAt" DESC, "id" DESC LIMIT ${PRUNED_AT_ONCE} OFFSET ${HOOK_EVENTS_KEPT}
      )`;
  }
}

/** Stores one event (see insertHookEvents). */
export const storeHookEvent = (workflowId: string, event: NewHookEvent, receivedAt = new Date()) =>
  insertHookEvents(db, [{ workflowId, event, receivedAt }]);

/** Refusals worth trying again once the record, the trigger or the workflow is fixed. */
const RETRYABLE_REFUSALS = new Set<string>(["WORKFLOW_OFF", "NO_RECORD_MATCH", "NO_MATCH_VALUE", "NO_MATCHING_RECORD"]);

/** Whether a stored event can be tried again from the event log ("Enroll now"). */
export const canTryAgain = (event: { status: string; errorCode: string | null; payload: unknown; enrollmentId: string | null }) =>
  event.status === "REJECTED" &&
  event.payload !== null &&
  event.enrollmentId === null &&
  event.errorCode !== null &&
  RETRYABLE_REFUSALS.has(event.errorCode);

/** The HTTP status the hook URL answered an event with. */
function answeredStatus(status: string, errorCode: string | null): number {
  if (status === "ACCEPTED") return 202;
  if (status === "DUPLICATE") return 200;
  return errorCode !== null && errorCode in ERROR_STATUS ? ERROR_STATUS[errorCode as ErrorCode] : 500;
}

/** The latest events a workflow's hook URL received, newest first ("Listen for a test event", the Trigger events tab). */
export async function listHookEvents(workflowId: string, limit = 20) {
  if (!(await db.workflow.findUnique({ where: { id: workflowId }, select: { id: true } })))
    throw AppError.of("NOT_FOUND.workflow", { id: workflowId });
  const rows = await db.hookEvent.findMany({ where: { workflowId }, orderBy: [{ receivedAt: "desc" }, { id: "desc" }], take: limit });
  // payload: the parsed body (null when the event was refused before it was parsed; then
  // body holds the first REFUSED_BODY_PREFIX_BYTES of the raw body, bodyTruncated when cut).
  return rows.map((row) => ({
    ...row,
    status: row.status as NewHookEvent["status"],
    responseStatus: answeredStatus(row.status, row.errorCode),
    canTryAgain: canTryAgain(row),
    headers: readHeaderMap(row.headers),
    receivedAt: row.receivedAt.toISOString(),
  }));
}

/** Deletes up to `limit` hook events received before `before`; returns how many. For the retention sweep (lib/retention). */
export async function deleteHookEventsBefore(before: Date, limit: number): Promise<number> {
  const rows = await db.hookEvent.findMany({
    where: { receivedAt: { lt: before } },
    orderBy: { receivedAt: "asc" },
    take: limit,
    select: { id: true },
  });
  if (!rows.length) return 0;
  return (await db.hookEvent.deleteMany({ where: { id: { in: rows.map((row) => row.id) } } })).count;
}
