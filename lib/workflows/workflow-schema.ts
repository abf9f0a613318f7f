import { z } from "zod";
import { actionDefinitions, actionTypeSchema } from "@/lib/actions/action-registry";
import { outputReferenceIssues } from "@/lib/actions/output-references";
import { objectTypeSchema } from "@/lib/crm/object-types";
import { customIssue, englishMessage, message, reissue, type ValidationKey, type ValidationParams } from "@/lib/i18n/validation";
import { SECRET_NAME_PATTERN } from "@/lib/secrets/secret-schemas";

// The workflow contract shared by /api/workflows and the editor.

export const workflowNameSchema = z
  .string(message("workflow.nameRequired"))
  .trim()
  .min(1, message("workflow.nameEmpty"))
  .max(200, message("workflow.nameTooLong"));

/** How an incoming webhook proves it comes from the expected sender (beyond the secret URL). */
const hookVerificationSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("NONE") }),
    // HMAC-SHA256 with a stored secret over a timestamp and the raw body (lib/webhook-trigger/verify-hook.ts):
    // `X-Hookflow-Signature: t=<unix seconds>,v1=<hex of HMAC("<t>.<body>")>`, or the Standard
    // Webhooks headers (webhook-id, webhook-timestamp, webhook-signature); 5 minutes' tolerance.
    z.strictObject({ type: z.literal("HMAC_SHA256"), secretName: z.string().regex(SECRET_NAME_PATTERN, message("trigger.secret")) }),
    // A header that must carry a stored secret's value exactly.
    z.strictObject({
      type: z.literal("STATIC_HEADER"),
      headerName: z
        .string()
        .trim()
        .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/, message("trigger.headerName")),
      secretName: z.string().regex(SECRET_NAME_PATTERN, message("trigger.secret")),
    }),
  ],
  message("trigger.verificationType"),
);
export type HookVerification = z.infer<typeof hookVerificationSchema>;

/** Which record an incoming event is about: the payload field compared with a record property. */
const recordMatchSchema = z.strictObject({
  /** Dot path in the payload, e.g. "email" or "contact.id". */
  payloadPath: z.string().trim().min(1, message("trigger.payloadPath")),
  /** Record property to compare with, or "hs_object_id" for the record id. */
  property: z.string().trim().min(1, message("trigger.matchProperty")),
  /** No record matches: create one from the payload, or reject the event. */
  whenMissing: z.enum(["CREATE", "REJECT"], message("trigger.whenMissing")).default("REJECT"),
  /** Properties of a created record, from payload paths (the matched property is always set). */
  createProperties: z
    .array(
      z.strictObject({
        property: z.string().trim().min(1, message("valueSource.property")),
        path: z.string().trim().min(1, message("trigger.createPath")),
      }),
    )
    .max(100)
    .default([]),
});
export type RecordMatch = z.infer<typeof recordMatchSchema>;

const eventIdSourceSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ type: z.literal("BODY"), path: z.string().trim().min(1, message("trigger.eventIdPath")) }),
    z.strictObject({ type: z.literal("HEADER"), name: z.string().trim().min(1, message("trigger.eventIdHeader")) }),
  ],
  message("trigger.eventIdType"),
);

const webhookTriggerSchema = z.strictObject({
  type: z.literal("WEBHOOK"),
  verification: hookVerificationSchema.default({ type: "NONE" }),
  /** Required before the workflow can be turned on. */
  recordMatch: recordMatchSchema.optional(),
  /** Optional de-duplication: a repeated event id is acknowledged without enrolling again. */
  eventId: eventIdSourceSchema.optional(),
  /** A received event kept as the example that defines the "Webhook trigger" properties. */
  sample: z.unknown().optional(),
});
export type WebhookTrigger = z.infer<typeof webhookTriggerSchema>;

export const workflowTriggerSchema = z.discriminatedUnion(
  "type",
  [
    // Records are enrolled by hand or through POST /api/workflows/:id/enrollments.
    z.strictObject({ type: z.literal("MANUAL") }),
    // Started by a request to /api/hooks/:token.
    webhookTriggerSchema,
  ],
  message("trigger.type"),
);
export type WorkflowTrigger = z.infer<typeof workflowTriggerSchema>;

const actionIdSchema = z
  .string(message("workflow.actionIdRequired"))
  .regex(/^[A-Za-z0-9_-]{1,64}$/, message("workflow.actionIdPattern"))
  // Outputs are stored keyed by action id, and JSON tools drop or misread this key.
  .refine((id) => id !== "__proto__", message("workflow.actionIdProto"));

export const workflowActionSchema = z
  .strictObject({
    id: actionIdSchema,
    type: actionTypeSchema,
    name: z.string().trim().max(200, message("workflow.actionNameTooLong")).optional(),
    config: z.unknown(),
    nextId: actionIdSchema.nullable().default(null),
  })
  .transform((action, ctx) => {
    const parsed = actionDefinitions[action.type].configSchema.safeParse(action.config ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        ctx.addIssue(reissue(issue, ["config", ...issue.path.map(String)]));
      }
      return z.NEVER;
    }
    return { ...action, config: parsed.data };
  });
export type WorkflowAction = z.infer<typeof workflowActionSchema>;

/** Actions form one chain from startActionId: ids unique, links resolve, no loops, nothing unreachable. */
export function graphIssues(actions: { id: string; nextId: string | null }[], startActionId: string | null): GraphIssue[] {
  const issues: GraphIssue[] = [];
  const byId = new Map<string, { id: string; nextId: string | null }>();
  for (const action of actions) {
    if (byId.has(action.id)) issues.push(graphIssue("graph.duplicateId", { id: action.id }));
    byId.set(action.id, action);
  }
  if (actions.length === 0) {
    if (startActionId) issues.push(graphIssue("graph.startMissing", { id: startActionId }));
    return issues;
  }
  if (!startActionId) return [...issues, graphIssue("graph.startRequired")];
  if (!byId.has(startActionId)) return [...issues, graphIssue("graph.startMissing", { id: startActionId })];
  for (const action of actions) {
    if (action.nextId && !byId.has(action.nextId)) issues.push(graphIssue("graph.danglingNext", { id: action.id, next: action.nextId }));
  }
  const seen = new Set<string>();
  for (let id: string | null = startActionId; id && byId.has(id); id = byId.get(id)!.nextId) {
    if (seen.has(id)) {
      issues.push(graphIssue("graph.loop", { id }));
      break;
    }
    seen.add(id);
  }
  const unreachable = actions.filter((a) => !seen.has(a.id)).map((a) => a.id);
  if (unreachable.length && issues.length === 0) issues.push(graphIssue("graph.unconnected", { ids: unreachable.join(", ") }));
  return issues;
}

/** A problem of the actions' chain, as an API detail at `actions`: the en catalog's message with its validation code and params. */
type GraphIssue = { path: "actions"; message: string; code: ValidationKey; params?: ValidationParams };

function graphIssue(code: ValidationKey, params?: ValidationParams): GraphIssue {
  return { path: "actions", message: englishMessage(code, params), code, ...(params ? { params } : {}) };
}

/** The actions in the order they run (from startActionId along nextId), each with its index in `actions`; null when the graph is broken. */
function runOrder<A extends { id: string; nextId: string | null }>(
  actions: A[],
  startActionId: string | null,
): { action: A; index: number }[] | null {
  if (graphIssues(actions, startActionId).length) return null;
  const byId = new Map(actions.map((action, index) => [action.id, { action, index }]));
  const ordered: { action: A; index: number }[] = [];
  for (let id: string | null = startActionId; id; id = byId.get(id)!.action.nextId) ordered.push(byId.get(id)!);
  return ordered;
}

/**
 * Output values (OUTPUT sources) that cannot resolve when the workflow runs, as `{ path, message }` at the
 * source ("actions.1.config.value"): the action named was deleted, is the same action or runs later, or does
 * not produce that output. Nothing when the graph itself is broken (graphIssues reports that).
 */
export function outputSourceIssues(
  actions: WorkflowAction[],
  startActionId: string | null,
): { path: (string | number)[]; message: string; code: ValidationKey; params: ValidationParams }[] {
  const ordered = runOrder(actions, startActionId);
  if (!ordered) return [];
  return outputReferenceIssues(ordered.map(({ action }) => action)).map((issue) => ({
    path: ["actions", ordered[issue.index].index, ...issue.path],
    message: issue.message,
    code: issue.code,
    params: issue.params,
  }));
}

export const createWorkflowSchema = z.strictObject({
  name: workflowNameSchema,
  objectType: objectTypeSchema,
});
export type CreateWorkflowInput = z.infer<typeof createWorkflowSchema>;

export const updateWorkflowSchema = z
  .strictObject({
    revision: z.number(message("workflow.revisionRequired")).int().positive(),
    name: workflowNameSchema.optional(),
    enabled: z.boolean(message("workflow.enabled")).optional(),
    trigger: workflowTriggerSchema.optional(),
    actions: z.array(workflowActionSchema).max(200, message("workflow.actionsMax")).optional(),
    startActionId: actionIdSchema.nullable().optional(),
  })
  .superRefine((input, ctx) => {
    if (input.actions === undefined && input.startActionId !== undefined) {
      ctx.addIssue(customIssue("workflow.startWithActions", undefined, ["startActionId"]));
    }
    // Like an invalid config, an output value that cannot resolve is refused at save, where it is made:
    // the editor flags it as soon as an edit breaks it and does not send the draft until it is fixed.
    if (input.actions) {
      const startActionId = input.startActionId ?? input.actions[0]?.id ?? null;
      for (const issue of outputSourceIssues(input.actions, startActionId)) ctx.addIssue(customIssue(issue.code, issue.params, issue.path));
    }
  });
export type UpdateWorkflowInput = z.infer<typeof updateWorkflowSchema>;

export type Workflow = {
  id: string;
  name: string;
  objectType: z.infer<typeof objectTypeSchema>;
  enabled: boolean;
  revision: number;
  trigger: WorkflowTrigger;
  startActionId: string | null;
  actions: WorkflowAction[];
  /**
   * Secret path segment of the webhook trigger's URL (/api/hooks/:token), once the trigger is a
   * webhook. Left out for a caller below Editor: it is a credential (see workflowFor).
   */
  hookToken?: string | null;
  createdAt: string;
  updatedAt: string;
};

export type WorkflowSummary = Omit<Workflow, "trigger" | "actions" | "startActionId" | "hookToken"> & {
  triggerType: WorkflowTrigger["type"];
  actionCount: number;
};
