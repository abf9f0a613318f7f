import { actionReferences } from "@/lib/actions/config-references";
import { db } from "@/lib/db";
import type { WorkflowAction, WorkflowTrigger } from "./workflow-schema";

// Which workflows use which secret, so Settings → Secrets can say what deleting one breaks.

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

export type SecretUser = { id: string; name: string };

/** Secret name → the workflows that use it, by name. */
export async function secretUsers(): Promise<Map<string, SecretUser[]>> {
  const rows = await db.workflow.findMany({ select: { id: true, name: true, trigger: true, actions: true }, orderBy: { name: "asc" } });
  const users = new Map<string, SecretUser[]>();
  for (const row of rows) {
    const workflow = { trigger: row.trigger as WorkflowTrigger, actions: (row.actions ?? []) as WorkflowAction[] };
    for (const name of secretNamesOf(workflow)) users.set(name, [...(users.get(name) ?? []), { id: row.id, name: row.name }]);
  }
  return users;
}
