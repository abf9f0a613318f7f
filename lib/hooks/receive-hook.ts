import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/http/api-error";
import type { ObjectType } from "@/lib/crm/object-types";
import { createRecord, findRecordByProperty } from "@/lib/crm/record-lookup";
import { secretValue } from "@/lib/secrets/secrets";
import { readPath } from "@/lib/webhooks/json-path";
import { enroll } from "@/lib/workflows/runner";
import type { WebhookTrigger } from "@/lib/workflows/workflow-schema";
import { verificationProblem } from "./verify-hook";

// The webhook trigger: an incoming request to /api/hooks/:token enrolls the record it is
// about. Every request that reaches a workflow is kept (payload, headers with credentials
// masked, outcome), including refused ones, so the editor can use one as the sample and
// people can see why an event was refused.

const MASKED_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "x-api-key", "x-hookflow-signature", "webhook-signature"]);

export type IncomingHook = { token: string; headers: Headers; rawBody: string };
export type HookAnswer = { status: 200 | 202; body: { enrollmentId: string | null; duplicate?: true } };

export function parseHookBody(contentType: string, rawBody: string): unknown {
  const type = contentType.split(";")[0].trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") {
    const out: Record<string, string | string[]> = {};
    for (const [key, value] of new URLSearchParams(rawBody)) {
      const previous = out[key];
      out[key] = previous === undefined ? value : Array.isArray(previous) ? [...previous, value] : [previous, value];
    }
    return out;
  }
  if (type === "application/json" || /^application\/[a-z.+-]+\+json$/.test(type)) {
    try {
      return JSON.parse(rawBody);
    } catch {
      throw new ApiError(400, "MALFORMED_JSON", "The request body is not valid JSON.");
    }
  }
  throw new ApiError(415, "UNSUPPORTED_MEDIA_TYPE", "Send JSON (Content-Type: application/json) or a form (application/x-www-form-urlencoded).");
}

function maskedHeaders(headers: Headers, extra: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = MASKED_HEADERS.has(name) || name === extra ? "********" : value;
  });
  return out;
}

export async function receiveHook(hook: IncomingHook): Promise<HookAnswer> {
  const workflow = await db.workflow.findUnique({ where: { hookToken: hook.token } });
  if (!workflow) throw new ApiError(404, "NOT_FOUND", "No workflow listens at this URL. It may have been regenerated: copy the current URL from the workflow's trigger.");
  const payload = parseHookBody(hook.headers.get("content-type") ?? "", hook.rawBody);
  const trigger = workflow.trigger as WebhookTrigger | { type: "MANUAL" };
  const extraMasked = trigger.type === "WEBHOOK" && trigger.verification.type === "STATIC_HEADER" ? trigger.verification.headerName.toLowerCase() : null;
  const record = (status: "ACCEPTED" | "REJECTED", fields: { error?: string; eventId?: string | null; enrollmentId?: string }) =>
    db.hookEvent.create({
      data: { workflowId: workflow.id, status, payload: payload as Prisma.InputJsonValue, headers: maskedHeaders(hook.headers, extraMasked), ...fields },
      select: { id: true },
    });
  const refuse = async (error: ApiError) => {
    await record("REJECTED", { error: error.message });
    throw error;
  };

  if (trigger.type !== "WEBHOOK") return refuse(new ApiError(409, "NOT_A_WEBHOOK_TRIGGER", "This workflow is no longer started by webhooks."));
  const secret = trigger.verification.type === "NONE" ? null : await secretValue(trigger.verification.secretName);
  const problem = verificationProblem(trigger.verification, secret, hook.headers, hook.rawBody);
  if (problem) return refuse(new ApiError(401, "VERIFICATION_FAILED", problem));
  if (!workflow.enabled) return refuse(new ApiError(409, "WORKFLOW_OFF", "The workflow is off: the event was kept as a sample but nothing was enrolled. Turn the workflow on to enroll records."));
  if (!trigger.recordMatch) return refuse(new ApiError(409, "NO_RECORD_MATCH", "The trigger does not say which payload field identifies the record."));

  const eventIdValue = trigger.eventId?.type === "BODY" ? readPath(payload, trigger.eventId.path) : trigger.eventId ? hook.headers.get(trigger.eventId.name) : undefined;
  const eventId = eventIdValue === undefined || eventIdValue === null || eventIdValue === "" ? null : String(eventIdValue).slice(0, 500);

  const match = trigger.recordMatch;
  const matchValue = readPath(payload, match.payloadPath);
  if (matchValue === undefined || matchValue === null || typeof matchValue === "object") {
    return refuse(new ApiError(422, "NO_MATCH_VALUE", `The payload has no value at "${match.payloadPath}" to find the record by.`));
  }
  // An empty value would match (or create) a record with that property empty.
  if (String(matchValue).trim() === "") {
    return refuse(new ApiError(422, "NO_MATCH_VALUE", `The payload's "${match.payloadPath}" is empty, so it cannot identify a record.`));
  }
  const objectType = workflow.objectType as ObjectType;

  // Claim the event id first: the unique (workflowId, eventId) index makes a repeat, even a
  // concurrent one, land on the existing event instead of enrolling twice.
  let eventRow: { id: string };
  try {
    eventRow = await record("ACCEPTED", { eventId });
  } catch (error) {
    if ((error as { code?: string }).code !== "P2002" || !eventId) throw error;
    const first = await db.hookEvent.findFirst({ where: { workflowId: workflow.id, eventId }, select: { enrollmentId: true } });
    return { status: 200, body: { enrollmentId: first?.enrollmentId ?? null, duplicate: true } };
  }
  try {
    let recordId = await findRecordByProperty(objectType, match.property, String(matchValue));
    if (recordId === null) {
      if (match.whenMissing === "REJECT") {
        throw new ApiError(422, "NO_MATCHING_RECORD", `No ${objectType} has ${match.property} = "${String(matchValue).slice(0, 200)}".`);
      }
      if (match.property === "hs_object_id") throw new ApiError(422, "NO_MATCHING_RECORD", `No ${objectType} has the id ${String(matchValue).slice(0, 50)}.`);
      const values: Record<string, string> = { [match.property]: String(matchValue) };
      for (const { property, path } of match.createProperties) {
        const value = readPath(payload, path);
        if (value !== undefined && value !== null && typeof value !== "object") values[property] = String(value);
      }
      recordId = await createRecord(objectType, values, { type: "INTEGRATION", id: `webhook-trigger:${workflow.id}` });
    }
    const { enrollmentId } = await enroll(workflow.id, recordId, payload as Prisma.InputJsonValue);
    await db.hookEvent.update({ where: { id: eventRow.id }, data: { enrollmentId } });
    return { status: 202, body: { enrollmentId } };
  } catch (error) {
    // Not enrolled: free the event id so the sender's retry is not taken for a duplicate.
    await db.hookEvent.update({ where: { id: eventRow.id }, data: { status: "REJECTED", eventId: null, error: (error as Error).message.slice(0, 500) } });
    throw error;
  }
}

/** The latest events a workflow's hook URL received, newest first (for "Listen for a test event"). */
export async function listHookEvents(workflowId: string, limit = 20) {
  if (!(await db.workflow.findUnique({ where: { id: workflowId }, select: { id: true } }))) throw ApiError.notFound(`Workflow ${workflowId}`);
  const rows = await db.hookEvent.findMany({ where: { workflowId }, orderBy: { receivedAt: "desc" }, take: limit });
  return rows.map((row) => ({ ...row, receivedAt: row.receivedAt.toISOString() }));
}
