import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { refuseNul } from "@/lib/db/nul-characters";
import { AppError } from "@/lib/errors";
import { groupCommit } from "@/lib/jobs/group-commit";
import { parseJson, type JsonLimits } from "@/lib/http/parse-json";
import type { ObjectType } from "@/lib/crm/object-types";
import { checkedPropertyValues } from "@/lib/crm/properties";
import { createRecord, findRecordByProperty } from "@/lib/crm/record-lookup";
import { MIN_REDACTED_SECRET_LENGTH, secretRedactor } from "@/lib/secrets/redact-secrets";
import { secretValue, secretValues } from "@/lib/secrets/secrets";
import { readPath } from "@/lib/webhooks/json-path";
import { enroll } from "@/lib/workflows/runner";
import type { WebhookTrigger } from "@/lib/workflows/workflow-schema";
import { readHeaderMap } from "@/lib/webhooks/stored-exchange";
import { canTryAgain, maskedHeaders, storeHookEvent, type NewHookEvent } from "./hook-event-store";
import { claimSeenIds, HOOK_EVENT_ID_WINDOW_MS, releaseSeenIds, type SeenKey } from "./seen-ids";
import { verifyHook } from "./verify-hook";

// The webhook trigger: an incoming request to /api/hooks/:token enrolls the record it is
// about. The order matters: the request is verified on its raw bytes before its body is parsed
// or stored, so an unsigned request to a verified workflow is refused as VERIFICATION_FAILED
// whatever its body holds (before, a body that could not be parsed or stored was refused first).
// Every request that reaches a workflow is kept (lib/webhook-trigger/hook-event-store.ts, bounded),
// including refused ones, so the editor can use one as the sample and people can see why an
// event was refused. Repeats (event ids, webhook-ids, replayed signatures) are answered as
// duplicates from lib/webhook-trigger/seen-ids.ts.

export { listHookEvents } from "./hook-event-store";

/** Limits for a hook payload: below readJson's, so a payload saved as the trigger sample inside a workflow still fits. */
const HOOK_PAYLOAD_LIMITS: JsonLimits = { maxDepth: 64, maxKeys: 10_000 };

export type IncomingHook = { token: string; headers: Headers; rawBody: string };
/** A repeat is answered with the first delivery's enrollment and duplicate: true. */
export type HookAnswer = { enrollmentId: string | null; duplicate?: true };

/** A JSON or form body as a value whose objects have no prototype and whose text holds no U+0000; an AppError otherwise. */
function parseHookBody(contentType: string, rawBody: string): unknown {
  const type = contentType.split(";")[0].trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") {
    // Field names are the sender's: "constructor" or "toString" must be ordinary keys here.
    const out: Record<string, string | string[]> = Object.create(null);
    let fields = 0;
    for (const [key, value] of new URLSearchParams(rawBody)) {
      if (++fields > HOOK_PAYLOAD_LIMITS.maxKeys) {
        throw new AppError("TOO_MANY_FIELDS", `The form has more than ${HOOK_PAYLOAD_LIMITS.maxKeys} fields. Send fewer fields.`);
      }
      if (key === "__proto__")
        throw new AppError("FORBIDDEN_KEY", 'The form has a field named "__proto__", which is not accepted. Rename that field.');
      const previous = out[key];
      if (previous === undefined) out[key] = value;
      else if (Array.isArray(previous)) previous.push(value);
      else out[key] = [previous, value];
    }
    // %00 decodes to U+0000, which the database cannot store everywhere (JSON: parseJson refuses it).
    refuseNul(out, "The form");
    return out;
  }
  if (type === "application/json" || /^application\/[a-z.+-]+\+json$/.test(type)) return parseJson(rawBody, HOOK_PAYLOAD_LIMITS);
  throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send JSON (Content-Type: application/json) or a form (application/x-www-form-urlencoded).");
}

/** A payload value as text; null for a missing value, and for objects and arrays, which are not single values. */
const scalarText = (value: unknown): string | null =>
  value === undefined || value === null || typeof value === "object" ? null : String(value);

/** Events arriving at about the same time find their workflows with one read. */
const workflowByToken = groupCommit(async (tokens: string[]) => {
  const workflows = await db.workflow.findMany({ where: { hookToken: { in: [...new Set(tokens)] } } });
  return tokens.map((token) => workflows.find((w) => w.hookToken === token) ?? null);
});

/**
 * Keeps a request the route refused before reading it whole (a body over the size limit): in the
 * workflow's event log with its headers and declared size, when the URL is a workflow's.
 */
export async function keepUnreadHook(token: string, headers: Headers, error: AppError, now = new Date()): Promise<void> {
  const workflow = await workflowByToken(token);
  if (!workflow) return;
  const masked = maskedHeaders(headers, null, secretRedactor(await secretValues(), { minLength: MIN_REDACTED_SECRET_LENGTH }));
  const declared = Number(headers.get("content-length"));
  await storeHookEvent(
    workflow.id,
    {
      status: "REJECTED",
      error: error.message,
      errorCode: error.code,
      errorText: error.text,
      rawBody: "",
      unreadBytes: Number.isSafeInteger(declared) && declared > 0 ? declared : 0,
      headers: masked,
    },
    now,
  );
}

export async function receiveHook(hook: IncomingHook, now = new Date()): Promise<HookAnswer> {
  const workflow = await workflowByToken(hook.token);
  if (!workflow)
    throw new AppError(
      "NOT_FOUND",
      "No workflow listens at this URL. It may have been regenerated: copy the current URL from the workflow's trigger.",
    );
  const trigger = workflow.trigger as WebhookTrigger | { type: "MANUAL" };
  const extraMasked =
    trigger.type === "WEBHOOK" && trigger.verification.type === "STATIC_HEADER" ? trigger.verification.headerName.toLowerCase() : null;
  // Anyone may send headers here, so only secrets too long to guess are searched for (see MIN_REDACTED_SECRET_LENGTH).
  const headers = maskedHeaders(hook.headers, extraMasked, secretRedactor(await secretValues(), { minLength: MIN_REDACTED_SECRET_LENGTH }));
  const store = (fields: Omit<NewHookEvent, "rawBody" | "headers">) =>
    storeHookEvent(workflow.id, { rawBody: hook.rawBody, headers, ...fields }, now);
  // Refused before the body is trusted and parsed: only the start of the raw body is kept.
  const refuseUnread = async (error: AppError): Promise<never> => {
    await store({ status: "REJECTED", error: error.message, errorCode: error.code, errorText: error.text });
    throw error;
  };

  if (trigger.type !== "WEBHOOK")
    return refuseUnread(new AppError("NOT_A_WEBHOOK_TRIGGER", "This workflow is no longer started by webhooks."));
  const secret = trigger.verification.type === "NONE" ? null : await secretValue(trigger.verification.secretName);
  const verified = verifyHook(trigger.verification, secret, hook.headers, hook.rawBody, now);
  if (verified.problem !== null) return refuseUnread(new AppError("VERIFICATION_FAILED", verified.problem));

  let payload: unknown;
  try {
    payload = parseHookBody(hook.headers.get("content-type") ?? "", hook.rawBody);
  } catch (error) {
    if (error instanceof AppError) return refuseUnread(error);
    throw error;
  }
  const eventId =
    scalarText(
      trigger.eventId?.type === "BODY"
        ? readPath(payload, trigger.eventId.path)
        : trigger.eventId
          ? hook.headers.get(trigger.eventId.name)
          : undefined,
    ) || null;
  return enrollFromPayload({ workflow, trigger, payload, eventId, seen: verified.seen, rawBody: hook.rawBody, headers, now });
}

type TrustedEvent = {
  workflow: { id: string; enabled: boolean; objectType: string };
  trigger: WebhookTrigger;
  payload: unknown;
  eventId: string | null;
  /** Verification's keys (signature, webhook-id) to claim with the event id. */
  seen: SeenKey[];
  rawBody: string;
  headers: Record<string, string>;
  now: Date;
  /** The id the enrollment gets (a try from the event log has claimed the event with it). */
  enrollmentId?: string;
};

/**
 * What follows verification and parsing, for a received event and for one tried again from the
 * event log: refusals that depend on the workflow (off, no record matching), duplicates, the
 * record found or created, the enrollment; the event is stored with its fate.
 */
async function enrollFromPayload({
  workflow,
  trigger,
  payload,
  eventId,
  seen: verifiedSeen,
  rawBody,
  headers,
  now,
  enrollmentId = randomUUID(),
}: TrustedEvent): Promise<HookAnswer> {
  const store = (fields: Omit<NewHookEvent, "rawBody" | "headers">) => storeHookEvent(workflow.id, { rawBody, headers, ...fields }, now);
  const refuse = async (error: AppError): Promise<never> => {
    // With its event id, so trying it again later still answers a repeat as a duplicate.
    await store({
      status: "REJECTED",
      error: error.message,
      errorCode: error.code,
      errorText: error.text,
      eventId: eventId?.slice(0, 500),
      payload: { value: payload },
    });
    throw error;
  };
  if (!workflow.enabled) return refuse(AppError.of("WORKFLOW_OFF.eventKept"));
  if (!trigger.recordMatch)
    return refuse(new AppError("NO_RECORD_MATCH", "The trigger does not say which payload field identifies the record."));

  const match = trigger.recordMatch;
  const matchValue = readPath(payload, match.payloadPath);
  if (matchValue === undefined || matchValue === null || typeof matchValue === "object") {
    return refuse(new AppError("NO_MATCH_VALUE", `The payload has no value at "${match.payloadPath}" to find the record by.`));
  }
  // An empty value would match (or create) a record with that property empty.
  if (String(matchValue).trim() === "") {
    return refuse(new AppError("NO_MATCH_VALUE", `The payload's "${match.payloadPath}" is empty, so it cannot identify a record.`));
  }
  const objectType = workflow.objectType as ObjectType;

  // Claim the event id, webhook-id and signature first: a repeat, even a concurrent one, lands on
  // the earlier claim and is answered as a duplicate instead of enrolling twice.
  const seen: SeenKey[] = [
    ...verifiedSeen,
    ...(eventId ? [{ kind: "EVENT_ID" as const, value: eventId, expiresAt: new Date(now.getTime() + HOOK_EVENT_ID_WINDOW_MS) }] : []),
  ];
  const claim = await claimSeenIds(workflow.id, seen, enrollmentId, now);
  if (claim.duplicate) {
    // Kept in the log with the run it repeats, so a sender's retries can be seen.
    await store({
      status: "DUPLICATE",
      enrollmentId: claim.enrollmentId ?? undefined,
      eventId: eventId?.slice(0, 500),
      payload: { value: payload },
    });
    return { enrollmentId: claim.enrollmentId, duplicate: true };
  }

  // The event is stored once its fate is known: accepted, with the run it started, in the
  // transaction that makes the run; refused, on its own.
  const eventFields = { eventId: eventId?.slice(0, 500), payload: { value: payload } };
  try {
    let recordId = await findRecordByProperty(objectType, match.property, String(matchValue));
    if (recordId === null) {
      if (match.whenMissing === "REJECT") {
        throw new AppError("NO_MATCHING_RECORD", `No ${objectType} has ${match.property} = "${String(matchValue).slice(0, 200)}".`);
      }
      if (match.property === "hs_object_id")
        throw new AppError("NO_MATCHING_RECORD", `No ${objectType} has the id ${String(matchValue).slice(0, 50)}.`);
      const values = new Map([[match.property, String(matchValue)]]);
      for (const { property, path } of match.createProperties) {
        const value = scalarText(readPath(payload, path));
        if (value !== null) values.set(property, value);
      }
      // Each value must fit its property (a number, a date, an option): refused with 422 otherwise.
      const checked = await checkedPropertyValues(objectType, values);
      recordId = await createRecord(objectType, checked, { type: "INTEGRATION", id: `webhook-trigger:${workflow.id}` });
    }
    const event = { status: "ACCEPTED" as const, rawBody, headers, ...eventFields };
    await enroll(workflow.id, recordId, payload as Prisma.InputJsonValue, { enrollmentId, hookEvent: { event, receivedAt: now } });
  } catch (error) {
    // Not enrolled: free the ids so the sender's retry is not taken for a duplicate.
    await releaseSeenIds(workflow.id, seen);
    await store({
      status: "REJECTED",
      error: (error as Error).message.slice(0, 500),
      errorCode: error instanceof AppError ? error.code : undefined,
      errorText: error instanceof AppError ? error.text : undefined,
      ...eventFields,
    });
    throw error;
  }
  return { enrollmentId };
}

/**
 * Tries a refused event again with the workflow as it is now ("Enroll now" in the Trigger events
 * tab, after fixing the record or the trigger): the same steps as when it arrived, after
 * verification (it passed that then), with its stored payload and event id. The attempt is a new
 * event in the log, enrolled or refused again with the reason.
 */
export async function tryHookEventAgain(workflowId: string, hookEventId: string, now = new Date()): Promise<HookAnswer> {
  const event = await db.hookEvent.findFirst({ where: { id: hookEventId, workflowId } });
  if (!event) throw AppError.of("NOT_FOUND.event", { id: hookEventId });
  if (!canTryAgain(event)) throw AppError.of("CONFLICT.eventNotRetryable");
  const workflow = await db.workflow.findUniqueOrThrow({ where: { id: workflowId } });
  const trigger = workflow.trigger as WebhookTrigger | { type: "MANUAL" };
  if (trigger.type !== "WEBHOOK") throw new AppError("NOT_A_WEBHOOK_TRIGGER", "This workflow is no longer started by webhooks.");
  // The event is claimed with the run's id first, so two tries at once (a double click) make one
  // run; it keeps that link, and cannot be tried again once it enrolled.
  const enrollmentId = randomUUID();
  const claimed = await db.hookEvent.updateMany({ where: { id: event.id, enrollmentId: null }, data: { enrollmentId } });
  if (!claimed.count) throw AppError.of("CONFLICT.eventAlreadyTried");
  const release = () => db.hookEvent.updateMany({ where: { id: event.id, enrollmentId }, data: { enrollmentId: null } });
  let answer: HookAnswer;
  try {
    answer = await enrollFromPayload({
      workflow,
      trigger,
      payload: event.payload,
      eventId: event.eventId,
      seen: [],
      rawBody: JSON.stringify(event.payload),
      headers: readHeaderMap(event.headers),
      now,
      enrollmentId,
    });
  } catch (error) {
    await release();
    throw error;
  }
  // A duplicate: the run it repeats is the one to link to.
  if (answer.duplicate)
    await db.hookEvent.updateMany({ where: { id: event.id, enrollmentId }, data: { enrollmentId: answer.enrollmentId } });
  return answer;
}
