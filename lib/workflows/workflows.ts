import { randomBytes } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import { actionReferences } from "@/lib/actions/config-references";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PropertyCheck } from "@/lib/actions/action-definition";
import { AppError, type ErrorDetail } from "@/lib/errors";
import { englishMessage, type ValidationKey, type ValidationParams } from "@/lib/i18n/validation";
import { OBJECT_TYPE_LABELS, type ObjectType } from "@/lib/crm/object-types";
import { propertyDefinitions } from "@/lib/crm/properties";
import { actionPropertyIssues, triggerPropertyIssues } from "./property-issues";
import type { AuditAction } from "@/lib/audit/audit-actions";
import { type AuditSummary, auditSummary } from "@/lib/audit/audit-summary";
import { roleAtLeast, type Role } from "@/lib/auth/roles";
import {
  graphIssues,
  outputSourceIssues,
  type CreateWorkflowInput,
  type UpdateWorkflowInput,
  type Workflow,
  type WorkflowAction,
  type WorkflowSummary,
  type WorkflowTrigger,
} from "./workflow-schema";

/** 144 random bits, URL-safe: the secret path segment of /api/hooks/:token. */
const newHookToken = () => randomBytes(18).toString("base64url");

/** Gives the workflow a new hook URL; the old one stops working at once. */
export async function regenerateHookToken(id: string): Promise<Workflow> {
  const result = await db.workflow.updateMany({ where: { id }, data: { hookToken: newHookToken() } });
  if (result.count === 0) throw AppError.of("NOT_FOUND.workflow", { id });
  return getWorkflow(id);
}

type WorkflowRow = {
  id: string;
  name: string;
  objectType: string;
  enabled: boolean;
  revision: number;
  trigger: unknown;
  startActionId: string | null;
  actions: unknown;
  hookToken: string | null;
  createdAt: Date;
  updatedAt: Date;
};

function toWorkflow(row: WorkflowRow): Workflow {
  return {
    id: row.id,
    name: row.name,
    objectType: row.objectType as ObjectType,
    enabled: row.enabled,
    revision: row.revision,
    trigger: row.trigger as WorkflowTrigger,
    startActionId: row.startActionId,
    actions: row.actions as WorkflowAction[],
    hookToken: row.hookToken,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function createWorkflow(input: CreateWorkflowInput): Promise<Workflow> {
  const row = await db.workflow.create({
    data: { name: input.name, objectType: input.objectType, trigger: { type: "MANUAL" }, actions: [] },
  });
  return toWorkflow(row);
}

export async function listWorkflows(): Promise<WorkflowSummary[]> {
  const rows = await db.workflow.findMany({ orderBy: { updatedAt: "desc" } });
  return rows.map((row) => {
    const { trigger, actions, startActionId: _start, hookToken: _token, ...rest } = toWorkflow(row);
    return { ...rest, triggerType: trigger.type, actionCount: actions.length };
  });
}

export async function getWorkflow(id: string): Promise<Workflow> {
  const row = await db.workflow.findUnique({ where: { id } });
  if (!row) throw AppError.of("NOT_FOUND.workflow", { id });
  return toWorkflow(row);
}

/**
 * A workflow as a caller of `role` may see it: the hook URL's token is a credential (whoever
 * has it can enroll records), so it is left out below Editor, who may not use the trigger anyway.
 */
export function workflowFor(role: Role, workflow: Workflow): Workflow {
  if (roleAtLeast(role, "EDITOR")) return workflow;
  const { hookToken: _token, ...rest } = workflow;
  return rest;
}

/** A readiness issue at `path`: the en catalog's message, with its code and params for the UI. */
function readinessIssue(path: string, code: ValidationKey, params?: ValidationParams): ErrorDetail {
  return { path, message: englishMessage(code, params), code, ...(params ? { params } : {}) };
}

/** What stops a workflow from being turned on; empty when it can run. */
async function readinessIssues(
  workflow: Pick<Workflow, "actions" | "startActionId" | "trigger">,
  properties: PropertyCheck,
): Promise<ErrorDetail[]> {
  const issues: ErrorDetail[] = graphIssues(workflow.actions, workflow.startActionId).map((message) => ({ path: "actions", message }));
  // Saves refuse these; a workflow saved before property definitions existed may still hold one.
  issues.push(...propertyIssues(workflow, { actions: true, trigger: true }, properties));
  if (workflow.actions.length === 0) issues.push(readinessIssue("actions", "readiness.noActions"));
  if (workflow.trigger.type === "WEBHOOK") {
    if (!workflow.trigger.recordMatch) {
      issues.push(readinessIssue("trigger.recordMatch", "readiness.recordMatch"));
    }
    const verification = workflow.trigger.verification;
    if (verification.type !== "NONE" && !(await db.secret.findUnique({ where: { name: verification.secretName }, select: { id: true } }))) {
      issues.push(readinessIssue("trigger.verification.secretName", "readiness.secretMissing", { secretName: verification.secretName }));
    }
  }
  // Saves refuse these (updateWorkflowSchema); a workflow saved before that rule may still hold one.
  for (const issue of outputSourceIssues(workflow.actions, workflow.startActionId)) {
    issues.push({ path: issue.path.join("."), message: issue.message, code: issue.code, params: issue.params });
  }
  for (const [index, action] of workflow.actions.entries()) {
    for (const reference of actionReferences(action)) {
      const path = `actions.${index}.config.${reference.path}`;
      if (reference.kind === "app" && !(await db.app.findUnique({ where: { id: reference.id }, select: { id: true } }))) {
        issues.push(readinessIssue(path, "readiness.appMissing", { appId: String(reference.id) }));
      }
      if (reference.kind === "secret" && !(await db.secret.findUnique({ where: { name: reference.name }, select: { id: true } }))) {
        issues.push(readinessIssue(path, "readiness.secretMissing", { secretName: reference.name }));
      }
    }
  }
  return issues;
}

/** The object type's properties, read once per save for the checks below. */
async function propertyCheck(objectType: ObjectType): Promise<PropertyCheck> {
  return { definitions: await propertyDefinitions(objectType), objectLabel: OBJECT_TYPE_LABELS[objectType].singular };
}

/** The properties the workflow's actions set and its trigger matches on or creates, that do not exist or do not take the value given. */
function propertyIssues(
  workflow: Pick<Workflow, "actions" | "trigger">,
  parts: { actions: boolean; trigger: boolean },
  check: PropertyCheck,
): { path: string; message: string }[] {
  return [
    ...(parts.actions ? actionPropertyIssues(workflow.actions, check) : []),
    ...(parts.trigger ? triggerPropertyIssues(workflow.trigger, check) : []),
  ];
}

export async function updateWorkflow(id: string, input: UpdateWorkflowInput): Promise<Workflow> {
  return (await changeWorkflow(id, input)).workflow;
}

/** updateWorkflow, also answering the workflow as it was before, so the audit log can say what changed. */
export async function changeWorkflow(id: string, input: UpdateWorkflowInput): Promise<{ previous: Workflow; workflow: Workflow }> {
  const current = await getWorkflow(id);
  if (current.revision !== input.revision) throw revisionConflict(current.revision);

  const next = {
    ...current,
    name: input.name ?? current.name,
    enabled: input.enabled ?? current.enabled,
    trigger: input.trigger ?? current.trigger,
    actions: input.actions ?? current.actions,
    startActionId: input.actions === undefined ? current.startActionId : (input.startActionId ?? input.actions[0]?.id ?? null),
  };
  const graph = graphIssues(next.actions, next.startActionId);
  if (graph.length) {
    throw new AppError(
      "INVALID_WORKFLOW",
      graph[0],
      graph.map((message) => ({ path: "actions", message })),
    );
  }
  // Only the parts sent are checked: renaming or turning off a workflow whose property was deleted still works.
  const parts = { actions: input.actions !== undefined, trigger: input.trigger !== undefined };
  const check = parts.actions || parts.trigger || next.enabled ? await propertyCheck(next.objectType) : null;
  const properties = check ? propertyIssues(next, parts, check) : [];
  if (properties.length) throw new AppError("INVALID_WORKFLOW", properties[0].message, properties);
  if (next.enabled && check) {
    const issues = await readinessIssues(next, check);
    if (issues.length) {
      throw new AppError("WORKFLOW_NOT_READY", `The workflow cannot be turned on: ${issues[0].message}`, issues);
    }
  }

  // Compare-and-set on the revision: a concurrent save that got in first makes this one a REVISION_CONFLICT.
  const result = await db.workflow.updateMany({
    where: { id, revision: input.revision },
    data: {
      name: next.name,
      enabled: next.enabled,
      trigger: next.trigger as Prisma.InputJsonValue,
      actions: next.actions,
      // A webhook trigger gets its secret URL the first time it is chosen.
      ...(next.trigger.type === "WEBHOOK" && !current.hookToken ? { hookToken: newHookToken() } : {}),
      startActionId: next.startActionId,
      revision: { increment: 1 },
    },
  });
  if (result.count === 0) {
    const latest = await db.workflow.findUnique({ where: { id }, select: { revision: true } });
    if (!latest) throw AppError.of("NOT_FOUND.workflow", { id });
    throw revisionConflict(latest.revision);
  }
  return { previous: current, workflow: await getWorkflow(id) };
}

/**
 * What a save changed, as audit log entries (newest state's revision): turning on or off is its
 * own entry, as is any other change (named by part, never by content: configs may hold URLs).
 * The parts changed are one select of the summary ("name_actions"), so each language words the
 * combination as it reads best.
 */
export function workflowChanges(previous: Workflow, workflow: Workflow): { action: AuditAction; summary: AuditSummary }[] {
  const parts = [
    ...(previous.name !== workflow.name ? ["name"] : []),
    ...(!isDeepStrictEqual(previous.trigger, workflow.trigger) ? ["trigger"] : []),
    ...(!isDeepStrictEqual(previous.actions, workflow.actions) || previous.startActionId !== workflow.startActionId ? ["actions"] : []),
  ];
  const about = { name: workflow.name, revision: String(workflow.revision) };
  const entries: { action: AuditAction; summary: AuditSummary }[] = [];
  if (parts.length || previous.enabled === workflow.enabled) {
    const changes = parts.join("_") || "none";
    const params = parts.includes("name") ? { ...about, changes, previousName: previous.name } : { ...about, changes };
    entries.push({ action: "workflow.updated", summary: auditSummary("workflow.changed", params) });
  }
  if (previous.enabled !== workflow.enabled) {
    entries.push({
      action: workflow.enabled ? "workflow.turned_on" : "workflow.turned_off",
      summary: auditSummary("workflow.switched", { ...about, state: workflow.enabled ? "on" : "off" }),
    });
  }
  return entries;
}

function revisionConflict(currentRevision: number) {
  return AppError.of("REVISION_CONFLICT", { revision: String(currentRevision) });
}

/** Deletes a workflow; answers its name, which the audit log keeps after the row is gone. */
export async function deleteWorkflow(id: string): Promise<{ name: string }> {
  try {
    return await db.workflow.delete({ where: { id }, select: { name: true } });
  } catch (error) {
    if ((error as { code?: string }).code === "P2025") throw AppError.of("NOT_FOUND.workflow", { id });
    throw error;
  }
}
