import { actionProperties, actionReferences } from "@/lib/actions/config-references";
import type { ObjectType } from "@/lib/crm/object-types";
import { db } from "@/lib/db";
import type { WorkflowAction, WorkflowTrigger } from "./workflow-schema";

// Which workflows use which secret, app or custom property, so Settings can say what deleting one breaks.

/** The secrets a workflow names: its webhook trigger's verification and its actions' API keys. */
function secretNamesOf(workflow: { trigger: WorkflowTrigger; actions: Pick<WorkflowAction, "type" | "config">[] }): string[] {
  const names = new Set<string>();
  if (workflow.trigger.type === "WEBHOOK" && workflow.trigger.verification.type !== "NONE")
    names.add(workflow.trigger.verification.secretName);
  for (const action of workflow.actions) {
    for (const reference of actionReferences(action)) if (reference.kind === "secret") names.add(reference.name);
  }
  return [...names];
}

/** The apps a workflow signs requests with. */
function appIdsOf(workflow: { actions: Pick<WorkflowAction, "type" | "config">[] }): number[] {
  const ids = new Set<number>();
  for (const action of workflow.actions) {
    for (const reference of actionReferences(action)) if (reference.kind === "app") ids.add(reference.id);
  }
  return [...ids];
}

/** The properties a workflow reads or sets, as "objectType:name": its trigger's record matching and its actions. */
function propertyKeysOf(workflow: {
  objectType: string;
  trigger: WorkflowTrigger;
  actions: Pick<WorkflowAction, "type" | "config">[];
}): string[] {
  const names = new Set<string>();
  if (workflow.trigger.type === "WEBHOOK" && workflow.trigger.recordMatch) {
    names.add(workflow.trigger.recordMatch.property);
    for (const row of workflow.trigger.recordMatch.createProperties) names.add(row.property);
  }
  for (const action of workflow.actions) for (const name of actionProperties(action)) names.add(name);
  return [...names].map((name) => propertyKey(workflow.objectType as ObjectType, name));
}

export const propertyKey = (objectType: ObjectType, name: string) => `${objectType}:${name}`;

export type SecretUser = { id: string; name: string };

/** What each workflow names (`usedOf`) → the workflows that name it, by workflow name. */
async function usersOf<K>(
  usedOf: (workflow: { objectType: string; trigger: WorkflowTrigger; actions: WorkflowAction[] }) => K[],
): Promise<Map<K, SecretUser[]>> {
  const rows = await db.workflow.findMany({
    select: { id: true, name: true, objectType: true, trigger: true, actions: true },
    orderBy: { name: "asc" },
  });
  const users = new Map<K, SecretUser[]>();
  for (const row of rows) {
    const workflow = {
      objectType: row.objectType,
      trigger: row.trigger as WorkflowTrigger,
      actions: (row.actions ?? []) as WorkflowAction[],
    };
    for (const key of usedOf(workflow)) users.set(key, [...(users.get(key) ?? []), { id: row.id, name: row.name }]);
  }
  return users;
}

/** Secret name → the workflows that use it. */
export const secretUsers = () => usersOf(secretNamesOf);
/** App id → the workflows that sign with it. */
export const appUsers = () => usersOf(appIdsOf);
/** propertyKey(objectType, name) → the workflows that read or set the property. */
export const propertyUsers = () => usersOf(propertyKeysOf);
